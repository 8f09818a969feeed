package be.pillars.core.internal.volunteer;

import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;

import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerData;

/**
 * Volunteers as the spreadsheets municipalities keep: UTF-8 with a byte order mark (so Excel reads it
 * right), {@code ;} between columns, lists inside a cell joined with {@code |}. The columns, in order:
 * {@value #HEADER_TEXT}.
 */
public final class VolunteerCsv {

    static final String HEADER_TEXT = "id;firstName;lastName;email;phone;birthDate;postalCode;district;languages;"
            + "skills;interests;preference;status";
    static final String[] HEADER = HEADER_TEXT.split(";");
    static final String LIST_SEPARATOR = "|";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private VolunteerCsv() {
    }

    public static String write(List<Volunteer> volunteers) {
        StringWriter text = new StringWriter();
        text.write(BYTE_ORDER_MARK);
        try (CSVWriter csv = new CSVWriter(text, ';', ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\r\n")) {
            csv.writeNext(HEADER, false);
            for (Volunteer volunteer : volunteers) {
                VolunteerData data = volunteer.data();
                csv.writeNext(new String[] {volunteer.id().toString(), data.firstName(), data.lastName(), data.email(),
                    text(data.phone()), text(data.birthDate()), data.postalCode(), text(data.district()),
                    joined(data.languages()), joined(data.skills()), joined(data.interests()),
                    data.preference().name(), data.status().name()}, false);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return text.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String joined(Set<String> values) {
        return values.stream().collect(Collectors.joining(LIST_SEPARATOR));
    }
}
