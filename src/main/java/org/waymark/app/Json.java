package org.waymark.app;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Gives the outer layers the one configured ObjectMapper without reaching into the store. */
public final class Json {
    private Json() {}

    public static ObjectMapper mapper() { return org.waymark.store.Json.mapper(); }
}
