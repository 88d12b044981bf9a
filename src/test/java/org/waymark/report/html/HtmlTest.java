package org.waymark.report.html;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Escaping: markup becomes text, and characters HTML forbids in text are dropped rather than passed on. */
class HtmlTest {

    @Test
    void markupCharactersAreEscaped() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;", Html.esc("<script>alert('x')</script> & \"q\""));
    }

    @Test
    void forbiddenCharactersAreDroppedAndOthersKept() {
        assertEquals("a\tb\nc", Html.esc("a\u0000\tb\r\n\u0007c\u0085"));
        assertEquals("xy", Html.esc("x\uFFFE\uFDD0\uD800y"), "noncharacters and a lone surrogate");
        assertEquals("café 😀 ok", Html.esc("café 😀 ok"), "accents and a pair kept");
        assertEquals("", Html.esc(null));
    }

    @Test
    void lineBreaksBecomeBreakElements() {
        assertEquals("Passed<br>3 days ago", Html.lines("Passed\n3 days ago"));
    }
}
