package org.roundtrip.ingest.sheet;

import org.roundtrip.model.Deal;

import java.util.Arrays;
import java.util.List;

/**
 * Finds an imported deal that is "the same deal" as a new one (same payer, recipient, date and
 * precision, same amount or both undisclosed) without a key object per deal: an open-addressing table
 * of indices into the deal list, and the packed payer cell of each deal in a parallel array. A
 * million deals cost about 16 MB here instead of ~90 MB of map entries.
 */
final class DealIndex {

    private static final int EMPTY = -1;

    private final List<Deal> deals;
    private int[] slots = new int[1024];
    private long[] payerCells = new long[1024];
    /** Each deal's hash, by position: a probe compares it before touching the deal itself. */
    private int[] hashes = new int[1024];
    private int size;

    /** @param deals the imported deals, which this index refers to by position; only appended to */
    DealIndex(List<Deal> deals) {
        this.deals = deals;
        Arrays.fill(slots, EMPTY);
    }

    /**
     * The packed payer cell of the same deal imported before, or {@code -1} when the deal is new, in
     * which case the caller appends it to the deal list and this index records it with its payer cell.
     */
    long findOrAdd(Deal deal, long payerCell) {
        int mask = slots.length - 1;
        int h = hash(deal);
        int i = h & mask;
        while (slots[i] != EMPTY) {
            int known = slots[i];
            if (hashes[known] == h && same(deals.get(known), deal)) {
                return payerCells[known];
            }
            i = (i + 1) & mask;
        }
        int index = deals.size();
        slots[i] = index;
        if (index >= payerCells.length) {
            payerCells = Arrays.copyOf(payerCells, payerCells.length * 2);
            hashes = Arrays.copyOf(hashes, hashes.length * 2);
        }
        payerCells[index] = payerCell;
        hashes[index] = h;
        deals.add(deal);
        if (++size * 2 > slots.length) {
            grow();
        }
        return -1;
    }

    private void grow() {
        int[] bigger = new int[slots.length * 2];
        Arrays.fill(bigger, EMPTY);
        int mask = bigger.length - 1;
        for (int index : slots) {
            if (index == EMPTY) {
                continue;
            }
            int i = hashes[index] & mask;
            while (bigger[i] != EMPTY) {
                i = (i + 1) & mask;
            }
            bigger[i] = index;
        }
        slots = bigger;
    }

    private static int hash(Deal d) {
        long h = d.payer().hashCode();
        h = h * 31 + d.recipient().hashCode();
        h = h * 31 + d.date().date().hashCode();
        h = h * 31 + d.date().precision().ordinal();
        h = h * 31 + Double.doubleToLongBits(d.amountUsd());
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL; // spread the bits: indices are taken from the low ones
        h ^= h >>> 33;
        return (int) h;
    }

    private static boolean same(Deal a, Deal b) {
        return a.payer().equals(b.payer()) && a.recipient().equals(b.recipient())
                && a.date().equals(b.date())
                && Double.doubleToLongBits(a.amountUsd()) == Double.doubleToLongBits(b.amountUsd());
    }
}
