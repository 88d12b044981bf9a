package org.waymark.ui.shell;

import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.waymark.ui.widgets.Forms;

import java.util.List;
import java.util.Locale;

/**
 * File › Connect to a shared plan… (and File › Publish to a shared plan…, which asks the same): the server, database
 * and login of a plan kept in a PostgreSQL database, and how the connection is protected. It never asks for a
 * password: the database driver reads it from the user's password file, so none is typed here, kept in memory,
 * written to the preferences or shown in File › Recent. After a failure it opens again with what was typed and the
 * reason above the fields.
 */
final class ConnectDialog extends Dialog<ConnectDialog.Typed> {

    /** What was typed; {@code port} as typed (checked here), {@code sslmode} one of {@link #TLS}. */
    record Typed(String host, String port, String database, String user, String sslmode) {
        static final Typed EMPTY = new Typed("", "5432", "", System.getProperty("user.name", ""), "prefer");

        Integer portNumber() { return port.isBlank() ? null : Integer.valueOf(port.strip()); }
    }

    /** What the address is for: opening a shared plan, or publishing the open plan file into an empty database. */
    enum Purpose { CONNECT, PUBLISH }

    static final List<String> TLS = List.of("prefer", "require", "verify-full");

    final TextField host = field("connect-host", "dbhost.trust.nhs.uk");
    final TextField port = field("connect-port", "5432");
    final TextField database = field("connect-database", "waymark_plan");
    final TextField user = field("connect-user", "your database login");
    final ChoiceBox<String> tls = new ChoiceBox<>();
    final Label problem = new Label();

    ConnectDialog(Typed typed, String failure) { this(Purpose.CONNECT, typed, failure, null); }

    /** {@code planName} names the plan file being published; unused when connecting. */
    ConnectDialog(Purpose purpose, Typed typed, String failure, String planName) {
        boolean publish = purpose == Purpose.PUBLISH;
        setTitle(publish ? "Publish to a shared plan" : "Connect to a shared plan");
        setHeaderText(publish ? "Copy " + planName + ", audit trail and all, into an empty database on your trust's PostgreSQL server. "
                + "The file itself is not changed." : "Open a plan kept in your trust's PostgreSQL database");
        ButtonType go = new ButtonType(publish ? "Publish" : "Connect", ButtonBar.ButtonData.OK_DONE);
        host.setText(typed.host());
        port.setText(typed.port());
        database.setText(typed.database());
        user.setText(typed.user());
        tls.getItems().setAll(TLS);
        tls.setValue(typed.sslmode());
        tls.setId("connect-tls");
        tls.setConverter(new StringConverter<>() {
            @Override public String toString(String mode) { return mode == null ? "" : label(mode); }
            @Override public String fromString(String s) { return s; }
        });
        problem.setId("connect-problem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.setText(failure == null ? "" : failure);
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        GridPane grid = Forms.grid();
        Forms.row(grid, "Server", host, null);
        Forms.row(grid, "Port", port, null);
        Forms.row(grid, "Database", database, null);
        Forms.row(grid, "Login", user, null);
        Forms.row(grid, "Connection security", tls, null);
        Label password = new Label(passwordHelp());
        password.setId("connect-password-help");
        password.setWrapText(true);
        password.getStyleClass().add("text-muted");
        Label tlsHelp = new Label(rootCertificateHelp());
        tlsHelp.setId("connect-tls-help");
        tlsHelp.setWrapText(true);
        tlsHelp.getStyleClass().add("text-muted");
        tlsHelp.visibleProperty().bind(tls.valueProperty().isEqualTo("verify-full"));
        tlsHelp.managedProperty().bind(tlsHelp.visibleProperty());
        VBox body = new VBox(12, problem, grid, tlsHelp, password);
        if (publish) {
            Label owner = new Label("Ask your database administrator for an empty database made for this plan, and publish with an admin "
                    + "login, one allowed to act as the database's owner: publishing writes the plan's whole history, everyone's changes "
                    + "included, which only the owner may. "
                    + "Afterwards everyone opens the shared plan (File › Connect to a shared plan…) instead of this file.");
            owner.setId("publish-owner-help");
            owner.setWrapText(true);
            owner.getStyleClass().add("text-muted");
            body.getChildren().add(owner);
        }
        body.setPrefWidth(600);   // the longest security choice, "…checked (verify-full)", whole
        getDialogPane().setContent(body);
        getDialogPane().getButtonTypes().setAll(go, ButtonType.CANCEL);
        getDialogPane().setId(publish ? "publish-dialog" : "connect-dialog");
        // Refused here, the dialog stays open with everything typed.
        getDialogPane().lookupButton(go).addEventFilter(ActionEvent.ACTION, e -> {
            String wrong = check();
            if (wrong != null) {
                problem.setText(wrong);
                e.consume();
            }
        });
        setResultConverter(b -> b == go ? typed() : null);
    }

    Typed typed() {
        return new Typed(host.getText().strip(), port.getText().strip(), database.getText().strip(), user.getText().strip(), tls.getValue());
    }

    /** What is missing or malformed, or null when the fields can make an address. */
    String check() {
        if (host.getText().isBlank()) return "Name the database server (for example dbhost.trust.nhs.uk).";
        if (database.getText().isBlank()) return "Name the plan's database (your database administrator knows it).";
        if (user.getText().isBlank()) return "Give your database login.";
        String p = port.getText().strip();
        if (!p.isEmpty() && (!p.matches("\\d{1,5}") || Integer.parseInt(p) < 1 || Integer.parseInt(p) > 65535)) {
            return "\u201c" + p + "\u201d is not a port number: use a number from 1 to 65535 (PostgreSQL's is usually 5432).";
        }
        return null;
    }

    static String label(String mode) {
        return switch (mode) {
            case "require" -> "Encrypted (require)";
            case "verify-full" -> "Encrypted, server's certificate checked (verify-full)";
            default -> "Encrypted when the server offers it (prefer)";
        };
    }

    /** Where the driver looks for the password on this computer. */
    static String passwordHelp() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
        String file = windows ? "%APPDATA%\\postgresql\\pgpass.conf" : "~/.pgpass (readable only by you: chmod 600 ~/.pgpass)";
        return "Waymark never asks for or keeps your database password. It is read from your password file, " + file
                + ", one line per database:  server:port:database:login:password. The PGPASSFILE setting names another file. "
                + "Your database administrator gives you the server, database and login.";
    }

    /** Where the driver looks for the root certificate that the server's must be signed by (as psql does). */
    static String rootCertificateHelp() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
        return "The server's certificate is checked against your trust's root certificate, which goes in "
                + (windows ? "%APPDATA%\\postgresql\\root.crt" : "~/.postgresql/root.crt") + " (your database administrator has it).";
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }
}
