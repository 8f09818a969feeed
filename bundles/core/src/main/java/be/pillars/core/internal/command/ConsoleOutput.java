package be.pillars.core.internal.command;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import be.pillars.api.LocalizedText;
import be.pillars.api.Page;
import be.pillars.api.validation.Text;

/**
 * How the console commands print a record and a page, so every command looks the same; stored or typed text goes
 * out through {@link Text#printable(Object)}, so that a terminal shows its control characters instead of running
 * them.
 */
final class ConsoleOutput {

    private ConsoleOutput() {
    }

    /** One labelled line of a record; an absent value prints as nothing. */
    static void field(String label, Object value) {
        System.out.printf("%-17s %s%n", label, Text.printable(value));
    }

    /** The line under a table of search results: how far the page reaches, of how many. */
    static void pageFooter(Page<?> page) {
        System.out.println((page.offset() + page.items().size()) + " of " + page.total());
    }

    /** @return false, after saying why, when limit or offset are out of range */
    static boolean validPaging(int limit, int maxLimit, int offset) {
        if (limit < 1 || limit > maxLimit || offset < 0) {
            System.err.println("--limit must be 1 to " + maxLimit + " and --offset 0 or more / --limit moet 1 tot "
                    + maxLimit + " zijn en --offset 0 of meer");
            return false;
        }
        return true;
    }

    /**
     * @return true, after saying why, when a typed value breaks the text rule that every input is held to
     */
    static boolean refusedText(String option, String value) {
        LocalizedText problem = Text.problem(value);
        if (problem != null) {
            System.err.println(option + ": " + problem.en() + " / " + problem.nl());
        }
        return problem != null;
    }

    /**
     * The record a typed id names, or empty after saying (in English and Dutch) that the id is malformed or
     * unknown.
     *
     * @param whatEn what the id is of, in English ("volunteer"); whatNl the same in Dutch ("vrijwilliger")
     */
    static <T> Optional<T> found(String id, String whatEn, String whatNl, Function<UUID, Optional<T>> find) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            String article = "aeiou".indexOf(whatEn.charAt(0)) >= 0 ? "an " : "a ";
            System.err.println("'" + Text.printable(id) + "' is not " + article + whatEn + " id / is geen id van een "
                    + whatNl);
            return Optional.empty();
        }
        Optional<T> record = find.apply(uuid);
        if (record.isEmpty()) {
            System.err.println("No " + whatEn + " with id " + id + " / Geen " + whatNl + " met id " + id);
        }
        return record;
    }
}
