package be.pillars.external.internal.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import be.pillars.api.matching.Coordinates;

/**
 * The centre of each Belgian postal code, from the bundle's {@code postal-codes-be.csv} (GeoNames, CC BY 4.0:
 * see NOTICE). A code missing from the file has no coordinates; distance then falls back to comparing codes.
 */
public final class PostalCodes {

    static final String RESOURCE = "/postal-codes-be.csv";

    private final Map<String, Coordinates> centres;

    PostalCodes(Map<String, Coordinates> centres) {
        this.centres = Map.copyOf(centres);
    }

    /** The codes shipped with the bundle. */
    public static PostalCodes shipped() {
        try (InputStream in = PostalCodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the bundle");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines {@code code,latitude,longitude}; {@code #} comments and the header line are skipped. */
    static PostalCodes read(InputStream in) throws IOException {
        Map<String, Coordinates> centres = new HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("postal_code")) {
                continue;
            }
            String[] columns = line.split(",");
            centres.put(columns[0].strip(), new Coordinates(Double.parseDouble(columns[1].strip()),
                    Double.parseDouble(columns[2].strip())));
        }
        return new PostalCodes(centres);
    }

    /** The centre of a postal code, or null when the code is not known. */
    public Coordinates centre(String postalCode) {
        return postalCode == null ? null : centres.get(postalCode.strip());
    }

    public int size() {
        return centres.size();
    }
}
