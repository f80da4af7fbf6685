package org.roundtrip.ingest.cell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanyNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Nvidia Corporation|NVIDIA", "OpenAI Inc.|openai", "SoftBank Group Corp|SoftBank", "Open AI|OpenAI",
        "Oracle Corp.|oracle", "Alphabet Inc|Alphabet", "Société Générale S.A.|Societe Generale",
        "Siemens AG|Siemens", "Bosch GmbH|Bosch", "Philips N.V.|philips", "Philips NV|Philips", "BP p.l.c.|BP",
        "Barclays PLC|Barclays", "Acme Co.|Acme", "Acme Co Ltd|ACME", "Acme LLC|acme",
        "CK Hutchison Holdings|ck hutchison",
        "Alibaba Group Holdings|Alibaba", "  Meta  |meta", "AMD|amd", "Crédit Agricole|credit agricole",
        "J.P. Morgan|JP Morgan", "CoreWeave, Inc.|CoreWeave", "Advanced Micro Devices Inc.|ADVANCED-MICRO-DEVICES",
        "Ørsted A/S|orsted a s", "Nestlé S.A.|Nestle", "Łódź Holdings|Lodz", "Straße AG|Strasse"})
    void namesThatDifferOnlyByCaseAccentsPunctuationOrLegalFormShareAKey(String a, String b) {
        assertThat(CompanyNames.key(a)).isEqualTo(CompanyNames.key(b)).isNotEmpty();
    }

    @Test
    void keyIsLowerCaseLettersAndDigitsOnly() {
        assertThat(CompanyNames.key("SoftBank Group Corp")).isEqualTo("softbank");
        assertThat(CompanyNames.key("OpenAI Inc.")).isEqualTo("openai");
        assertThat(CompanyNames.key("3M Company")).isEqualTo("3mcompany");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Amazon.com|Amazon", "Microsoft|Microsoft Azure", "Group|Groupe", "Coinbase|Coin", "Incyte|Inc",
        "Nvidia Corp Europe|Nvidia", "Companies|Co"})
    void differentCompaniesKeepDifferentKeys(String a, String b) {
        assertThat(CompanyNames.key(a)).isNotEqualTo(CompanyNames.key(b));
    }

    @Test
    void legalFormsAreStrippedOnlyAsWholeTrailingWords() {
        assertThat(CompanyNames.key("Incorp")).isEqualTo("incorp");
        assertThat(CompanyNames.key("Group Nine Media")).isEqualTo("groupninemedia");
        assertThat(CompanyNames.key("Oracle Corporation Japan")).isEqualTo("oraclecorporationjapan");
    }

    @Test
    void theOnlyRemainingWordIsNeverStripped() {
        assertThat(CompanyNames.key("Group")).isEqualTo("group");
        assertThat(CompanyNames.key("Holdings Inc")).isEqualTo("holdings");
        assertThat(CompanyNames.key("Co Group Corp")).isEqualTo("co");
    }

    @Test
    void emptyOrNullNameHasAnEmptyKey() {
        assertThat(CompanyNames.key(null)).isEmpty();
        assertThat(CompanyNames.key("")).isEmpty();
        assertThat(CompanyNames.key(" ., ")).isEmpty();
    }

    @Test
    void aliasesAreSplitOnSemicolonsTrimmedAndEmptiesDropped() {
        assertThat(CompanyNames.splitAliases("Google; Alphabet Inc. ;;  GOOG ;\u00a0"))
                .containsExactly("Google", "Alphabet Inc.", "GOOG");
        assertThat(CompanyNames.splitAliases("Google, Alphabet")).containsExactly("Google, Alphabet");
    }

    @Test
    void aliasesKeepTheirSpellingAsWritten() {
        assertThat(CompanyNames.splitAliases(" Open AI ")).containsExactly("Open AI");
    }

    @Test
    void emptyAliasesCellGivesNoAlias() {
        assertThat(CompanyNames.splitAliases(null)).isEmpty();
        assertThat(CompanyNames.splitAliases("")).isEmpty();
        assertThat(CompanyNames.splitAliases(" ; ; ")).isEmpty();
    }
}
