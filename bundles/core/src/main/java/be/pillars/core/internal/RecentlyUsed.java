package be.pillars.core.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BinaryOperator;

/**
 * A map of at most {@code capacity} entries for what is worth keeping in memory but may be read again from the
 * database: when full, the least recently used entry leaves. Safe for concurrent use.
 */
public final class RecentlyUsed<K, V> {

    private final Map<K, V> entries;

    public RecentlyUsed(int capacity) {
        this.entries = Collections.synchronizedMap(new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        });
    }

    public V get(K key) {
        return entries.get(key);
    }

    public void put(K key, V value) {
        entries.put(key, value);
    }

    /** Keeps {@code value}, or what {@code keep} chooses between the entry there and {@code value}. */
    public void merge(K key, V value, BinaryOperator<V> keep) {
        entries.merge(key, value, keep);
    }

    public void remove(K key) {
        entries.remove(key);
    }
}
