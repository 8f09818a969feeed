package be.pillars.api;

import java.util.List;

/**
 * One page of a longer result.
 *
 * @param items  the items on this page
 * @param total  how many items the whole result has
 * @param limit  the most items a page holds
 * @param offset how many items of the result come before this page
 */
public record Page<T>(List<T> items, long total, int limit, int offset) {

    public Page {
        items = List.copyOf(items);
    }
}
