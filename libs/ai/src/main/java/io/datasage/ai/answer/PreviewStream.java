package io.datasage.ai.answer;

import io.datasage.ai.llm.RawStream;
import io.datasage.ai.validation.LeadPreview;

/** Shows the lead sentence of each streamed attempt as tokens, and takes it back when the attempt is rejected. */
final class PreviewStream implements RawStream {

    private final TokenSink sink;
    private LeadPreview preview = new LeadPreview();
    private boolean shown;

    PreviewStream(TokenSink sink) {
        this.sink = sink;
    }

    @Override
    public synchronized void chunk(String text) {
        String visible = preview.feed(text);
        if (!visible.isEmpty()) {
            shown = true;
            sink.token(visible);
        }
    }

    @Override
    public synchronized void discard() {
        if (shown) {
            sink.reset();
        }
        shown = false;
        preview = new LeadPreview();
    }
}
