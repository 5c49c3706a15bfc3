package io.datasage.ingest.profile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes and reads {@code profile.json}; writing goes through a temp file so readers never see half a profile. */
public final class ProfileJson {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ProfileJson() {}

    public static void write(Profile profile, Path file) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            MAPPER.writeValue(temp.toFile(), profile);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public static Profile read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), Profile.class);
    }

    public static String toJson(Profile profile) throws IOException {
        return MAPPER.writeValueAsString(profile);
    }
}
