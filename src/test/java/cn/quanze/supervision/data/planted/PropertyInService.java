package cn.quanze.supervision.data.planted;

/** Planted violation: a service below the panes holding a JavaFX property. */
public final class PropertyInService {
    public javafx.beans.property.SimpleStringProperty status;
}
