package be.pillars.external.internal.matching;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import be.pillars.api.volunteer.WeeklySlot;

/** Skills, languages and quarter-hours of the week as bitsets, so that matching compares them in a few words. */
final class Bits {

    private static final int QUARTERS_PER_DAY = 96;
    static final int QUARTERS_PER_WEEK = 7 * QUARTERS_PER_DAY;

    private Bits() {
    }

    /** Codes numbered as they are first seen; a code keeps its number for the life of the index. */
    static final class Dictionary {

        private final Map<String, Integer> numbers = new ConcurrentHashMap<>();
        private final AtomicInteger next = new AtomicInteger();

        long[] of(Collection<String> codes) {
            int[] indexes = codes.stream().mapToInt(code -> numbers.computeIfAbsent(code, c -> next.getAndIncrement()))
                    .toArray();
            long[] bits = new long[0];
            for (int index : indexes) {
                if (index / 64 >= bits.length) {
                    bits = java.util.Arrays.copyOf(bits, index / 64 + 1);
                }
                bits[index / 64] |= 1L << index;
            }
            return bits;
        }
    }

    /** Whether every bit of {@code required} is among the {@code length} words of {@code present} at {@code offset}. */
    static boolean containsAll(long[] present, int offset, int length, long[] required) {
        for (int i = 0; i < required.length; i++) {
            long have = i < length ? present[offset + i] : 0;
            if ((required[i] & ~have) != 0) {
                return false;
            }
        }
        return true;
    }

    static int count(long[] bits) {
        int count = 0;
        for (long word : bits) {
            count += Long.bitCount(word);
        }
        return count;
    }

    /** How many bits of {@code b} are also set in the {@code length} words of {@code a} from {@code offset}. */
    static int countBoth(long[] a, int offset, int length, long[] b) {
        int count = 0;
        for (int i = 0, n = Math.min(length, b.length); i < n; i++) {
            count += Long.bitCount(a[offset + i] & b[i]);
        }
        return count;
    }

    /**
     * The quarter-hours of the week the slots touch: a slot covers every quarter-hour it overlaps, and ends at
     * midnight when its end is not after its start.
     */
    static long[] week(List<WeeklySlot> slots) {
        long[] bits = new long[(QUARTERS_PER_WEEK + 63) / 64];
        for (WeeklySlot slot : slots) {
            add(bits, slot.day(), slot.from(), slot.to());
        }
        return bits;
    }

    static long[] week(DayOfWeek day, LocalTime from, LocalTime to) {
        long[] bits = new long[(QUARTERS_PER_WEEK + 63) / 64];
        add(bits, day, from, to);
        return bits;
    }

    private static void add(long[] bits, DayOfWeek day, LocalTime from, LocalTime to) {
        int start = from.toSecondOfDay() / 900;
        int end = to.isAfter(from) ? (to.toSecondOfDay() + 899) / 900 : QUARTERS_PER_DAY;
        int offset = (day.getValue() - 1) * QUARTERS_PER_DAY;
        for (int quarter = offset + start; quarter < offset + end; quarter++) {
            bits[quarter / 64] |= 1L << quarter;
        }
    }
}
