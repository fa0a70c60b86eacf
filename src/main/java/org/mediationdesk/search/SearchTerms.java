package org.mediationdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns text into the terms the case search index holds, with Lucene's CJK analysis: Unicode word
 * breaking (UAX #29), full-width letters and digits folded to half-width, lower case, and Chinese,
 * Japanese and Korean runs cut into overlapping pairs of characters (鱼塘排水 → 鱼塘, 塘排, 排水).
 * A stored text also keeps every single character, so a one-character search word finds it; a
 * search word gives its pairs only (or its one character), so fewer, rarer terms are looked up.
 * Latin words and numbers are terms whole.
 */
public final class SearchTerms {

    /** The longest term stored; a longer word is cut into pieces of this length, the same way each time. */
    public static final int MAX_LENGTH = 64;

    private static final Analyzer STORED = new CjkTerms(true);
    private static final Analyzer SEARCHED = new CjkTerms(false);

    private SearchTerms() {
    }

    /** The terms stored for a description or a party's name. */
    public static Set<String> ofStoredText(String text) {
        return terms(STORED, text);
    }

    /** The terms a stored text must hold to contain this search word; empty for a word of punctuation only. */
    public static Set<String> ofSearchWord(String word) {
        return terms(SEARCHED, word);
    }

    private static Set<String> terms(Analyzer analyzer, String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** CJKAnalyzer's chain without its English stop words, so that every word typed can be found. */
    private static final class CjkTerms extends Analyzer {

        private final boolean unigrams;

        CjkTerms(boolean unigrams) {
            this.unigrams = unigrams;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            tokenizer.setMaxTokenLength(MAX_LENGTH);
            TokenStream stream = new CJKWidthFilter(tokenizer);
            stream = new LowerCaseFilter(stream);
            stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                    | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, unigrams);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
