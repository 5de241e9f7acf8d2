package cn.quanze.powers.ui.planted;

/** Planted violation: a ViewModel holding a control. */
public final class LabelViewModel {
    public javafx.scene.control.Label label;
}
