package org.waymark.report.layout;

/** A DeviceRGB colour; the pack's output intent is sRGB, so these are sRGB values. */
public record Rgb(float r, float g, float b) {

    public static Rgb hex(String hex) {
        int v = Integer.parseInt(hex.startsWith("#") ? hex.substring(1) : hex, 16);
        return new Rgb(((v >> 16) & 0xFF) / 255f, ((v >> 8) & 0xFF) / 255f, (v & 0xFF) / 255f);
    }
}
