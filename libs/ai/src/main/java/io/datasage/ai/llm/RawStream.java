package io.datasage.ai.llm;

/** Sees a model's reply while it streams, and learns when the attempt that produced it was rejected. */
public interface RawStream {

    /** The next piece of the reply, as the model wrote it. */
    void chunk(String text);

    /** Everything streamed since the last discard belongs to a rejected attempt. */
    void discard();
}
