package app.banso.ejb.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class InboxPositionTest {

    /** The inbox read around place 10: places 8 to 12. */
    private static final List<Long> AROUND_TEN = List.of(108L, 109L, 110L, 111L, 112L);

    @Test
    void readsTwoPlacesOnEachSideOfTheRememberedOne() {
        assertEquals(8, InboxPosition.firstRead(10));
        assertEquals(5, InboxPosition.readSize(10));
        assertEquals(0, InboxPosition.firstRead(0), "nothing before the first place");
        assertEquals(3, InboxPosition.readSize(0));
        assertEquals(0, InboxPosition.firstRead(1));
        assertEquals(4, InboxPosition.readSize(1));
    }

    @Test
    void anApplicationStillInItsPlaceHasTheOnesBeforeAndAfterItAsNeighbours() {
        InboxPosition p = InboxPosition.locate(AROUND_TEN, 8, 110L, 10, 120);
        assertEquals(109L, p.previousId());
        assertEquals(9, p.previousPlace());
        assertEquals(111L, p.nextId());
        assertEquals(11, p.nextPlace());
        assertEquals(11, p.shownPlace(), "the eleventh of 120");
        assertEquals(120, p.total());
    }

    @Test
    void anApplicationThatMovedAPlaceSinceTheInboxWasShownIsFoundWhereItIsNow() {
        // One application before it was decided and left the list: 110 moved up to place 9.
        InboxPosition p = InboxPosition.locate(List.of(107L, 110L, 111L, 112L, 113L), 8, 110L, 10, 119);
        assertEquals(107L, p.previousId());
        assertEquals(111L, p.nextId());
        assertEquals(10, p.nextPlace());
        assertEquals(10, p.shownPlace());
    }

    @Test
    void anApplicationThatLeftTheListMakesTheOneNowInItsPlaceTheNext() {
        // 110 was adopted and the inbox shows only applications in screening: 111 took its place.
        InboxPosition p = InboxPosition.locate(List.of(108L, 109L, 111L, 112L, 113L), 8, 110L, 10, 119);
        assertEquals(109L, p.previousId());
        assertEquals(9, p.previousPlace());
        assertEquals(111L, p.nextId());
        assertEquals(10, p.nextPlace(), "the next one is where the decided one was");
        assertEquals(0, p.shownPlace(), "no place of its own any more");
    }

    @Test
    void theFirstAndTheLastApplicationHaveOneNeighbourEach() {
        InboxPosition first = InboxPosition.locate(List.of(100L, 101L, 102L), 0, 100L, 0, 3);
        assertNull(first.previousId());
        assertEquals(101L, first.nextId());
        InboxPosition last = InboxPosition.locate(List.of(100L, 101L, 102L), 0, 102L, 2, 3);
        assertEquals(101L, last.previousId());
        assertNull(last.nextId());
        assertEquals(3, last.shownPlace());
    }

    @Test
    void aPlaceBeyondTheEndOfAShrunkListGivesNoNext() {
        InboxPosition p = InboxPosition.locate(List.of(100L, 101L), 0, 105L, 4, 2);
        assertNull(p.nextId());
        assertNull(p.previousId());
    }
}
