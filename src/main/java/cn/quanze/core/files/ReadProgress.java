package cn.quanze.core.files;

/** Progress and cancellation for long Excel work; the UI adapts its task progress to this. */
public interface ReadProgress {
    ReadProgress NONE = new ReadProgress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void update(long done, long total);

    boolean isCancelled();

    /** Thrown when {@link #isCancelled()} turned true during the work; nothing was written. */
    final class Cancelled extends RuntimeException {
        public Cancelled() {
            super("cancelled");
        }
    }

    default void checkCancelled() {
        if (isCancelled()) {
            throw new Cancelled();
        }
    }
}
