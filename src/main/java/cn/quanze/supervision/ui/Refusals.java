package cn.quanze.supervision.ui;

import cn.quanze.supervision.domain.TransitionRefused;
import cn.quanze.supervision.SupervisionMessages;
import cn.quanze.ui.common.ErrorPresenter;
import java.util.concurrent.Callable;

/** A supervision action whose refusal by the rules reaches the error dialog as the rule's Chinese sentence. */
final class Refusals {
    private Refusals() {
    }

    static <T> Callable<T> explained(Callable<T> action) {
        return () -> {
            try {
                return action.call();
            } catch (TransitionRefused tr) {
                throw new ErrorPresenter.UserMessage(SupervisionMessages.describe(tr));
            }
        };
    }
}
