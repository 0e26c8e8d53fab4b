using Publisher.Core.Build.Search;
using Publisher.Tests.Support;

namespace Publisher.Tests.Build.Search;

public class SearchTextTests
{
    /// <summary>The stemmer's pinned cases, shared with the browser test of search.js's copy.</summary>
    public static TheoryData<string, string> StemmerCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadAllLines(Path.Combine(RepoPaths.Root, "tests", "Publisher.Tests", "Build", "Search", "stemmer-cases.txt")))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split(' ');
            data.Add(parts[0], parts[1]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(StemmerCases))]
    public void Stems_like_porters_first_steps(string word, string stem) => Assert.Equal(stem, EnglishStemmer.Stem(word));

    [Theory]
    [InlineData("Ça Été", "ca ete")]
    [InlineData("ÅLAND Ñandú", "aland nandu")]
    [InlineData("Mosul-based", "mosul-based")]
    public void Folding_removes_marks_and_case(string text, string folded) => Assert.Equal(folded, SearchText.Fold(text));

    [Fact]
    public void Words_split_on_anything_but_letters_and_digits()
    {
        Assert.Equal(["the", "brigade", "s", "2019", "raid", "on", "qaryat", "al", "naml"],
            SearchText.Words("The Brigade's 2019 raid—on Qaryat al-Naml!"));
    }

    [Fact]
    public void Terms_drop_stop_words_and_single_letters_and_are_stemmed()
    {
        Assert.Equal(["brigade", "2019", "raid", "qaryat", "al", "naml"],
            SearchText.Terms("The Brigade's 2019 raid—on Qaryat al-Naml!"));
        Assert.Equal(["attack", "attack"], SearchText.Terms("Attacks attacked"));
    }

    [Fact]
    public void Diacritics_do_not_change_a_term() =>
        Assert.Equal(SearchText.Terms("Kurdistan Erbil Mediterranean"), SearchText.Terms("KURDİSTAN Érbil Mediterránean"));
}
