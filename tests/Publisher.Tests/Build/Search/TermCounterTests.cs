using Publisher.Core.Build.Search;

namespace Publisher.Tests.Build.Search;

public class TermCounterTests
{
    [Theory]
    [InlineData("The Ferries of Port Aldwick were STOPPED; dockers' strikes, 1998–2004, and the keepers' diaries.")]
    [InlineData("Café Zoë: naïve façades in Ålesund, Øresund and São Tomé — Ŝ ŝ İstanbul ǅ")]
    [InlineData("Москва и Київ; 東京 2020; a b c x9 ab12 ß straße ﬁnance")]
    [InlineData("e\u0301cole ab\u0301cd \u0301xy dockers’ strikes—and “quoted” words, naïve—café; A\u030A\u0323B ﬁ-ﬁ x\u0301")]
    [InlineData("Ι\u0308ΣΑ\u0301 ΣΟΦΙΑ, un\u00ADbroken co\u200Bop 12\u00BD ２０２０ and ѐ")]
    [InlineData("")]
    public void Counts_the_same_terms_as_SearchText_without_a_string_per_word(string text)
    {
        var table = new TermTable();
        var counter = new TermCounter(table);
        counter.Begin(0);
        counter.Add(text, 3);
        counter.Add(text.ToUpperInvariant(), 1);
        var (terms, length) = counter.End();

        var expected = SearchText.Terms(text).Select(t => (t, 3)).Concat(SearchText.Terms(text.ToUpperInvariant()).Select(t => (t, 1)))
            .GroupBy(p => p.t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(p => p.Item2), StringComparer.Ordinal);
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal),
            terms.Select(t => KeyValuePair.Create(table[t.Term], t.Frequency)).OrderBy(e => e.Key, StringComparer.Ordinal));
        Assert.Equal(expected.Values.Sum(), length);
    }

    [Theory]
    [InlineData("Harbour tolls rose; dockers’ strikes at the e\u0301cluse, naïve façades.")]
    [InlineData("plain ascii words only and numbers 1998 2004")]
    [InlineData("Café Zoë: naïve façades in Ålesund, Øresund and São Tomé — Ŝ ŝ İstanbul ǅ")]
    [InlineData("Москва и Київ; 東京 2020; a b c x9 ab12 ß straße ﬁnance")]
    [InlineData("e\u0301cole ab\u0301cd \u0301xy dockers’ strikes—and “quoted” words, naïve—café; A\u030A\u0323B ﬁ-ﬁ x\u0301")]
    [InlineData("Ι\u0308ΣΑ\u0301 ΣΟΦΙΑ, un\u00ADbroken co\u200Bop 12\u00BD ２０２０ and ѐ")]
    [InlineData("Antidisestablishmentarianismsupercalifragilisticexpialidociouspneumonoultramicroscopics ends, THE Harbours' ROLLED in AND out")]
    [InlineData("x")]
    [InlineData("")]
    public void Text_held_as_UTF8_counts_as_its_string_does(string text)
    {
        var table = new TermTable();
        var counter = new TermCounter(table);
        counter.Begin(0);
        counter.Add(text, 2);
        counter.Add(text.ToUpperInvariant(), 1);
        var (fromString, stringLength) = counter.End();
        // A second counter on the same table: no word cache shared with the string path.
        var bytesCounter = new TermCounter(table);
        bytesCounter.Begin(1);
        bytesCounter.Add(System.Text.Encoding.UTF8.GetBytes(text), 2);
        bytesCounter.Add(System.Text.Encoding.UTF8.GetBytes(text.ToUpperInvariant()), 1);
        var (fromUtf8, utf8Length) = bytesCounter.End();
        Assert.Equal(fromString.OrderBy(t => t.Term), fromUtf8.OrderBy(t => t.Term));
        Assert.Equal(stringLength, utf8Length);
    }

    [Fact]
    public void A_second_document_starts_from_nothing_and_shares_the_term_ids()
    {
        var table = new TermTable();
        var counter = new TermCounter(table);
        counter.Begin(0);
        counter.Add("harbour harbours tolls", 1);
        var first = counter.End().Terms;
        counter.Begin(1);
        counter.Add("Harbour", 1);
        var second = counter.End().Terms;
        Assert.Equal(2, first.Length);
        Assert.Equal([new TermFrequency(first.Single(t => table[t.Term] == "harbour").Term, 1)], second);
    }

    [Fact]
    public void The_word_table_finds_every_word_it_was_given_after_growing()
    {
        var table = new AsciiWordTable<string>();
        static (byte[] Word, uint Hash) Key(int i)
        {
            var word = System.Text.Encoding.ASCII.GetBytes("w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var hash = AsciiWordTable<string>.Start;
            foreach (var b in word) hash = AsciiWordTable<string>.Hash(hash, b);
            return (word, hash);
        }
        for (var i = 0; i < 20_000; i++)
        {
            var (word, hash) = Key(i);
            Assert.False(table.TryGetValue(word, hash, out _));
            table.Add(word, hash, i % 7 == 0 ? null : "v" + i);
        }
        for (var i = 0; i < 20_000; i++)
        {
            var (word, hash) = Key(i);
            Assert.True(table.TryGetValue(word, hash, out var value));
            Assert.Equal(i % 7 == 0 ? null : "v" + i, value);
        }
        var (absent, absentHash) = Key(20_000);
        Assert.False(table.TryGetValue(absent, absentHash, out _));
    }
}
