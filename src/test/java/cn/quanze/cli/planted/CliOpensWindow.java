package cn.quanze.cli.planted;

/** Planted violation: a command reaching into the window. */
public final class CliOpensWindow {
    public cn.quanze.app.DesktopApp app;
}
