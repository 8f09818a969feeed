package be.pillars.api.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import be.pillars.api.DomainException;

class TextTest {

    @Test
    void controlCharactersAndLoneSurrogatesAreRefusedWherePairsAndAccentsAreNot() {
        assertEquals(-1, Text.refusedAt("Zoë D'Hondt-Peeters 😀"));
        assertEquals(-1, Text.refusedAt(null));
        assertEquals(2, Text.refusedAt("An\u0000"));
        assertEquals(2, Text.refusedAt("An\n"));
        assertEquals(0, Text.refusedAt("\tAn"));
        assertEquals(1, Text.refusedAt("A\u007f"));
        assertEquals(1, Text.refusedAt("A\u009b"));
        assertEquals(2, Text.refusedAt("Ca\udc00nd"));
        assertEquals(2, Text.refusedAt("Ca\ud800"));
        assertEquals(2, Text.refusedAt("Ca\ud800x"));
        assertEquals(2, Text.refusedAt("\ud83d\ude00\ude00"));
    }

    @Test
    void aRefusalNamesTheFieldTheCharacterAndItsPosition() {
        assertSame("An", Text.checked("firstName", "An"));
        assertNull(Text.checked("firstName", null));
        DomainException refused = assertThrows(DomainException.class, () -> Text.checked("firstName", "An\u001b[2J"));
        assertEquals("invalid_text", refused.code());
        assertEquals("firstName", refused.field());
        assertEquals("Tekst met een controleteken (U+001B) op positie 3", refused.text().nl());
        assertEquals("Text with a lone surrogate (U+DC00), not a valid character, at position 1",
                Text.problem("\udc00").en());
        assertNull(Text.problem("An"));
    }

    @Test
    void aTerminalIsShownEscapesInsteadOfControlCharacters() {
        assertEquals("An\\u001b[31mred\\u0000 \\udc00 😀\\u009b\\u000a", Text.printable("An\u001b[31mred\u0000 \udc00 😀\u009b\n"));
        String plain = "Zoë";
        assertSame(plain, Text.printable(plain));
        assertEquals("", Text.printable(null));
        assertEquals("42", Text.printable(42));
        assertArrayEquals(new String[] {"An\\u001b", "", "3500"}, Text.printableAll("An\u001b", null, 3500));
    }
}
