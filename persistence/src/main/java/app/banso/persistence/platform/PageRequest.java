package app.banso.persistence.platform;

/** A page of a growing list: offset and size, sorted in the database. */
public record PageRequest(int first, int size) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (first < 0) {
            first = 0;
        }
        if (size < 1 || size > MAX_SIZE) {
            size = Math.clamp(size, 1, MAX_SIZE);
        }
    }
}
