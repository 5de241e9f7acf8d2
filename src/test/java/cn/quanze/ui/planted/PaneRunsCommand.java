package cn.quanze.ui.planted;

/** Planted violation: a pane using the command line. */
public final class PaneRunsCommand {
    public cn.quanze.cli.QuanzeCommand command;
}
