package be.pillars.core.internal.volunteer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import be.pillars.api.storage.Jdbc;

/**
 * The one place where names are folded for search: the stored side (a {@code name_fold} column written with every
 * change) and the searched side go through {@link #fold(String)}, so {@code praatcafe} finds {@code Praatcafé} and
 * {@code yildiz} finds {@code Yıldız} on every database alike. Folding lowers the case, takes accents off
 * (Unicode compatibility decomposition, combining marks dropped), spells out the letters that do not decompose
 * (ı, ø, ł, ß, æ, œ, đ, ð, þ, ħ) and collapses runs of white space into one space.
 */
public final class SearchFold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchFold() {
    }

    /** The folded form of a text, null for null. */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String bare = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFKD)).replaceAll("");
        StringBuilder folded = new StringBuilder(bare.length() + 4);
        for (int i = 0; i < bare.length(); i++) {
            char c = bare.charAt(i);
            switch (c) {
                case 'ı' -> folded.append('i');
                case 'ø' -> folded.append('o');
                case 'ł', 'ŀ' -> folded.append('l');
                case 'ß' -> folded.append("ss");
                case 'æ' -> folded.append("ae");
                case 'œ' -> folded.append("oe");
                case 'đ', 'ð' -> folded.append('d');
                case 'þ' -> folded.append("th");
                case 'ħ' -> folded.append('h');
                case 'ŧ' -> folded.append('t');
                case 'ĸ' -> folded.append('k');
                default -> folded.append(c);
            }
        }
        return SPACES.matcher(folded).replaceAll(" ").strip();
    }

    /**
     * Fills the folded column of the rows written before it existed (or by a node that did not know it yet): reads
     * the source columns of rows whose folded column is empty, a thousand at a time, and writes their fold. Runs
     * on every start; does nothing once every row has its fold, and two nodes doing it at once write the same.
     *
     * @param table the table, with a uuid {@code id}
     * @param sources the columns whose texts, joined by a space, are folded
     */
    public static void fillMissing(DataSource dataSource, String table, String... sources) {
        String columns = String.join(", ", sources);
        List<Object[]> batch;
        do {
            batch = Jdbc.inTransaction(dataSource, connection -> fillSome(connection, table, columns, sources.length));
        } while (batch.size() == BATCH);
    }

    private static final int BATCH = 1000;

    private static List<Object[]> fillSome(Connection connection, String table, String columns, int count)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, " + columns + " FROM " + table
                + " WHERE name_fold IS NULL ORDER BY id LIMIT " + BATCH); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < count; i++) {
                    text.append(i == 0 ? "" : " ").append(row.getString(i + 2));
                }
                rows.add(new Object[] {row.getObject(1, UUID.class), fold(text.toString())});
            }
        }
        if (!rows.isEmpty()) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + table
                    + " SET name_fold = ? WHERE id = ? AND name_fold IS NULL")) {
                for (Object[] each : rows) {
                    update.setString(1, (String) each[1]);
                    update.setObject(2, each[0]);
                    update.addBatch();
                }
                update.executeBatch();
            }
        }
        return rows;
    }
}
