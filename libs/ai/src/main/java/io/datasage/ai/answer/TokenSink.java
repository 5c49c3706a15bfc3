package io.datasage.ai.answer;

/**
 * Receives the human-facing part of an answer while a model streams it. The text is a preview: when the attempt
 * that produced it is rejected, {@link #reset()} says to drop what was shown, and the final reply replaces it.
 */
public interface TokenSink {

    /** A sink that ignores everything: the caller wants the answer only. */
    TokenSink NONE = new TokenSink() {
        @Override
        public void token(String text) {}

        @Override
        public void reset() {}
    };

    /** More text of the preview. */
    void token(String text);

    /** The preview shown so far is void. */
    void reset();
}
