package app.banso.ejb.screening;

import java.io.Serializable;
import java.util.List;

/**
 * Where an application stands in the inbox the user opened it from (its filters and sort):
 * "previous / next" on the application page, so that a screener works through a filtered
 * list without going back to it for every application.
 *
 * @param previousId the application before it, or null
 * @param previousPlace its place in the inbox (from 0), for the link
 * @param nextId the application after it, or null
 * @param nextPlace its place in the inbox (from 0), for the link
 * @param place the application's own place (from 0), or -1 when it is no longer in the inbox
 *              near where it was (decided and filtered out, say)
 * @param total how many applications the inbox holds
 */
public record InboxPosition(Long previousId, int previousPlace, Long nextId, int nextPlace, int place, long total)
        implements Serializable {

    /** How many places on each side of the remembered one are read to find the application again. */
    static final int REACH = 2;

    /**
     * Finds the application in the places read around the one it had: the list may have moved
     * since the inbox was shown (an application decided, another submitted). Found, its
     * neighbours are before and after it; not found (it left the list), the application now in
     * its place is the next one and the one before that place the previous one.
     *
     * @param window the application numbers from place {@code first} on
     * @param remembered the place the application had when the inbox was shown
     */
    public static InboxPosition locate(List<Long> window, int first, long applicationId, int remembered, long total) {
        int k = window.indexOf(applicationId);
        if (k >= 0) {
            return new InboxPosition(k > 0 ? window.get(k - 1) : null, first + k - 1,
                    k + 1 < window.size() ? window.get(k + 1) : null, first + k + 1, first + k, total);
        }
        int at = remembered - first; // the place the application had, inside the window
        Long previous = at - 1 >= 0 && at - 1 < window.size() ? window.get(at - 1) : null;
        Long next = at >= 0 && at < window.size() ? window.get(at) : null;
        return new InboxPosition(previous, remembered - 1, next, remembered, -1, total);
    }

    /** The first place to read for {@link #locate}. */
    static int firstRead(int remembered) {
        return Math.max(0, remembered - REACH);
    }

    /** How many places to read for {@link #locate}. */
    static int readSize(int remembered) {
        return remembered - firstRead(remembered) + REACH + 1;
    }

    /** The application's place counted from 1, as shown ("3 / 120"); 0 when it left the list. */
    public int shownPlace() {
        return place + 1;
    }
}
