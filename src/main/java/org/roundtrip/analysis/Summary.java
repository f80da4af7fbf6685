package org.roundtrip.analysis;

import java.util.List;

/**
 * What {@code summary} prints (DESIGN.md, "Command line"), without the import's warnings and rejections.
 *
 * @param deals     every imported deal, any status
 * @param counted   deals counted under the options, self-deals included
 * @param companies every company's figures, sorted by name
 * @param cycles    the best cycles and whether more exist
 * @param reactions stock reactions sorted by date, then company
 */
public record Summary(int deals, int counted, List<CompanyFigures> companies, CycleSearchResult cycles,
                      List<StockReaction> reactions) {

    public Summary {
        companies = List.copyOf(companies);
        reactions = List.copyOf(reactions);
    }
}
