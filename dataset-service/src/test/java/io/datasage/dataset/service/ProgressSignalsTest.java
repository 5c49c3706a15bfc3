package io.datasage.dataset.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import org.junit.jupiter.api.Test;

/** A recorded change wakes only the streams of its dataset, and a finished stream leaves no listener behind. */
class ProgressSignalsTest {

    @Test
    void aChangeWakesTheStreamsOfItsDatasetOnly() {
        ProgressSignals signals = new ProgressSignals();
        AssertSubscriber<String> a = signals.of("a").subscribe().withSubscriber(AssertSubscriber.create(10));
        AssertSubscriber<String> alsoA = signals.of("a").subscribe().withSubscriber(AssertSubscriber.create(10));
        AssertSubscriber<String> b = signals.of("b").subscribe().withSubscriber(AssertSubscriber.create(10));

        signals.changed("a");
        signals.changed("c");

        assertThat(a.getItems()).containsExactly("a");
        assertThat(alsoA.getItems()).containsExactly("a");
        assertThat(b.getItems()).isEmpty();
    }

    @Test
    void aCancelledStreamIsForgotten() {
        ProgressSignals signals = new ProgressSignals();
        AssertSubscriber<String> a = signals.of("a").subscribe().withSubscriber(AssertSubscriber.create(10));
        AssertSubscriber<String> b = signals.of("b").subscribe().withSubscriber(AssertSubscriber.create(10));
        assertThat(signals.followed()).isEqualTo(2);

        a.cancel();
        b.cancel();
        signals.changed("a");

        assertThat(signals.followed()).isZero();
        assertThat(a.getItems()).isEmpty();
    }

    @Test
    void wakeUpsBeyondWhatTheStreamAskedForAreDropped() {
        ProgressSignals signals = new ProgressSignals();
        AssertSubscriber<String> slow = signals.of("a").subscribe().withSubscriber(AssertSubscriber.create(1));

        signals.changed("a");
        signals.changed("a");
        // The second wake-up came without demand: dropped, not kept for later (a buffer would hand it over now).
        slow.request(1);
        assertThat(slow.getItems()).hasSize(1);

        signals.changed("a");
        assertThat(slow.getItems()).hasSize(2);
        slow.assertNotTerminated();
    }
}
