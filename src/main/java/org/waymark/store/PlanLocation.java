package org.waymark.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Where a plan lives: a plan file, or a shared plan in a PostgreSQL database named
 * {@code postgresql://[user@]host[:port]/database[?param=value&…]}. A password never appears in a location: the
 * database driver finds it in the user's {@code .pgpass} (or a service file, {@code ?service=NAME}), so no
 * password is written to a recent-plans list, a log or a message.
 */
public sealed interface PlanLocation permits PlanLocation.File, PlanLocation.Shared {

    String SCHEME = "postgresql://";

    /** What a person would type or read: the file's path, or the database address without any password. */
    String display();

    static PlanLocation parse(String text) {
        if (text.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) return Shared.parse(text);
        return new File(Path.of(text));
    }

    static boolean isShared(String text) { return text.regionMatches(true, 0, SCHEME, 0, SCHEME.length()); }

    /** The text of a location fit to print or log: a password typed into an address is replaced by "…". */
    static String redacted(String text) {
        if (!isShared(text)) return text;
        return text.replaceAll("(?i)^(postgresql://[^/@:]*):[^@/]*@", "$1:…@").replaceAll("(?i)([?&]password=)[^&]*", "$1…");
    }

    /**
     * A shared plan's address from its parts, as the Connect dialog takes them; {@code port} and {@code sslmode}
     * may be null (the driver's defaults, 5432 and prefer). Never holds a password: there is nowhere to put one.
     */
    static String shared(String user, String host, Integer port, String database, String sslmode) {
        StringBuilder s = new StringBuilder(SCHEME);
        if (user != null && !user.isBlank()) s.append(Shared.encode(user.strip())).append('@');
        String h = host.strip();
        s.append(h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h);
        if (port != null) s.append(':').append(port);
        s.append('/').append(Shared.encode(database.strip()));
        if (sslmode != null && !sslmode.isBlank()) s.append("?sslmode=").append(Shared.encode(sslmode));
        return s.toString();
    }

    /** How File › Recent names a plan: a file by its name, a shared plan as "database on host (shared)". */
    static String label(String text) {
        if (!isShared(text)) {
            Path name = Path.of(text).getFileName();
            return name == null ? text : name.toString();
        }
        try {
            Shared s = Shared.parse(text);
            return (s.database().isEmpty() ? s.params().getOrDefault("service", "?") : s.database()) + " on "
                    + (s.host().isEmpty() ? "this computer" : s.host()) + " (shared)";
        } catch (StoreException e) {
            return redacted(text);
        }
    }

    /** A plan file. */
    record File(Path path) implements PlanLocation {
        @Override public String display() { return path.toString(); }
    }

    /** A shared plan: one PostgreSQL database holds one plan. */
    record Shared(String user, String host, Integer port, String database, Map<String, String> params) implements PlanLocation {

        public Shared {
            params = Map.copyOf(params);
        }

        static Shared parse(String text) {
            String rest = text.substring(SCHEME.length());
            String query = "";
            int q = rest.indexOf('?');
            if (q >= 0) {
                query = rest.substring(q + 1);
                rest = rest.substring(0, q);
            }
            int slash = rest.indexOf('/');
            String authority = slash >= 0 ? rest.substring(0, slash) : rest;
            String database = slash >= 0 ? decode(rest.substring(slash + 1)) : "";
            String user = null;
            int at = authority.lastIndexOf('@');
            if (at >= 0) {
                user = decode(authority.substring(0, at));
                authority = authority.substring(at + 1);
                if (user.contains(":")) {
                    throw new StoreException(StoreException.Reason.INVALID, "A shared plan's address may not hold a password (postgresql://"
                            + user.substring(0, user.indexOf(':')) + ":…@" + authority + "/" + database + "). Put the password in your .pgpass file "
                            + "(or a service file), so it is never written down with the address.");
                }
            }
            String host = authority;
            Integer port = null;
            int colon = authority.lastIndexOf(':');
            if (colon >= 0 && !authority.endsWith("]")) {
                host = authority.substring(0, colon);
                try {
                    port = Integer.valueOf(authority.substring(colon + 1));
                } catch (NumberFormatException e) {
                    throw new StoreException(StoreException.Reason.INVALID, "\"" + authority.substring(colon + 1) + "\" is not a port number. Write postgresql://host:5432/database.");
                }
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) continue;
                int eq = pair.indexOf('=');
                String key = decode(eq >= 0 ? pair.substring(0, eq) : pair);
                if (key.equalsIgnoreCase("password")) {
                    throw new StoreException(StoreException.Reason.INVALID, "A shared plan's address may not hold a password. Put it in your .pgpass file "
                            + "(or a service file), so it is never written down with the address.");
                }
                params.put(key, eq >= 0 ? decode(pair.substring(eq + 1)) : "");
            }
            if (database.isEmpty() && !params.containsKey("service")) {
                throw new StoreException(StoreException.Reason.INVALID, "Name the database: postgresql://host/database (or postgresql:///?service=NAME).");
            }
            return new Shared(user, host, port, database, params);
        }

        private static String decode(String s) { return URLDecoder.decode(s, StandardCharsets.UTF_8); }

        /** The driver's URL, parameters and all (the driver reads sslmode, service… there); the user goes in {@link #properties()}. */
        String jdbcUrl() {
            StringBuilder url = new StringBuilder("jdbc:postgresql://").append(host);
            if (port != null) url.append(':').append(port);
            url.append('/').append(encode(database));
            String sep = "?";
            for (Map.Entry<String, String> e : params.entrySet()) {
                url.append(sep).append(encode(e.getKey())).append('=').append(encode(e.getValue()));
                sep = "&";
            }
            return url.toString();
        }

        static String encode(String s) { return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"); }

        Properties properties() {
            Properties p = new Properties();
            if (user != null) p.setProperty("user", user);
            p.setProperty("ApplicationName", "Waymark");
            return p;
        }

        @Override public String display() {
            StringBuilder s = new StringBuilder(SCHEME);
            if (user != null) s.append(user).append('@');
            s.append(host);
            if (port != null) s.append(':').append(port);
            s.append('/').append(database);
            if (!params.isEmpty()) {
                s.append('?');
                params.forEach((k, v) -> s.append(s.charAt(s.length() - 1) == '?' ? "" : "&").append(k).append('=').append(v));
            }
            return s.toString();
        }

        @Override public String toString() { return display(); }
    }
}
