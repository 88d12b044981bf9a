package org.waymark.app.spc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.waymark.domain.spc.SpcPoint;
import org.waymark.domain.spc.SpcResult;
import org.waymark.domain.spc.SpcRule;
import org.waymark.domain.spc.SpcSegment;

/**
 * The SPC result as one JSON object for other tools: {@code points} (date, value, mean, lower, upper, rules,
 * type), {@code variation} and {@code assurance}, plus {@code segments} and {@code note} to explain them.
 */
public final class SpcJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SpcJson() {}

    public static String write(SpcResult r) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode points = root.putArray("points");
        for (SpcPoint p : r.points()) {
            ObjectNode o = points.addObject();
            o.put("date", p.date().toString());
            o.put("value", p.value());
            number(o, "mean", p.hasLimits() ? p.mean() : Double.NaN);
            number(o, "lower", p.lower());
            number(o, "upper", p.upper());
            ArrayNode rules = o.putArray("rules");
            p.rules().stream().sorted().map(SpcRule::code).forEach(rules::add);
            o.put("type", p.type().code());
        }
        root.put("variation", r.variation().code());
        root.put("assurance", r.assurance().code());
        ArrayNode segments = root.putArray("segments");
        for (SpcSegment s : r.segments()) {
            ObjectNode o = segments.addObject();
            o.put("from", r.points().get(s.from()).date().toString());
            o.put("points", s.size());
            o.put("start", s.start());
            number(o, "mean", s.hasLimits() ? s.mean() : Double.NaN);
            number(o, "meanMovingRange", s.meanRange());
            o.put("basedOn", s.basedOn());
            if (!s.note().isEmpty()) o.put("note", s.note());
        }
        if (!r.note().isEmpty()) root.put("note", r.note());
        try {
            return MAPPER.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("SPC result could not be written as JSON", e);
        }
    }

    private static void number(ObjectNode o, String field, double v) {
        if (Double.isNaN(v)) o.putNull(field);
        else o.put(field, Math.round(v * 1e6) / 1e6);
    }
}
