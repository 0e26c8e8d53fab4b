using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Formats;

public class IssueContentsTests
{
    [Fact]
    public void A_name_after_a_rank_behind_a_section_kicker_is_the_entrys_subject_its_title_not_its_author()
    {
        // Given: "Section — title — page" entries, one an interview listed by its subject's rank and name
        var lines = SeedText.Lines("""
            THIS ISSUE
            In brief — Second cable cut off the islands — 2
            Conversation — General (ret.) Ana Okafor-Lind — 6
            Analysis — the long wait at the river crossing — 7
            Conversation — Rear Admiral Bo Lindqvist-Ade — 9

            IN BRIEF
            """);

        // When
        var (entries, _) = IssueContents.Read(lines, 0);

        // Then
        Assert.Collection(entries,
            e => Assert.Equal("Second cable cut off the islands", e.Title),
            e => { Assert.Equal("General (ret.) Ana Okafor-Lind", e.Title); Assert.Empty(e.Authors); Assert.Equal("interview", e.Kind); },
            e => Assert.Equal("the long wait at the river crossing", e.Title),
            e => { Assert.Equal("Rear Admiral Bo Lindqvist-Ade", e.Title); Assert.Empty(e.Authors); });
        Assert.Equal(0, WholeIssueFormat.MatchToc("Sabotage Suspected After Second Cable Cut off the Islands", entries));
        Assert.Equal(1, WholeIssueFormat.MatchToc("“Borders Are Not Walls”: A Conversation With General (ret.) Ana Okafor-Lind", entries));
        Assert.Null(WholeIssueFormat.MatchToc("Ferry Strike Ends on the Islands", entries));
    }

    [Fact]
    public void Genres_before_the_titles_of_two_entries_or_more_are_their_kinds_and_a_cut_title_matches_the_whole_one()
    {
        // Given: every entry filed under its genre in title case ("Report: …"), one wrapped, one cut short of its title
        var lines = SeedText.Lines("""
            Contents
            Report: Ferry Crews Walk Out Over
              the Night Escort Rules  . . . . . . . . .  p. 1
            Interview: Maren Olufsen-Tay  . . . . . . .  p. 3
            Profile: The Salt Broker: Ines Varga-Holm  p. 6

            REPORT
            """);

        // When
        var (entries, _) = IssueContents.Read(lines, 0);

        // Then
        Assert.Equal(["Ferry Crews Walk Out Over the Night Escort Rules", "Maren Olufsen-Tay", "The Salt Broker: Ines Varga-Holm"], entries.Select(e => e.Title));
        Assert.Equal(["report", "interview", "profile"], entries.Select(e => e.Kind));
        Assert.Equal(2, WholeIssueFormat.MatchToc("The Salt Broker: Ines Varga-Holm and the Long Decline of the Coastal Trade", entries));
        Assert.Equal(1, WholeIssueFormat.MatchToc("Maren Olufsen-Tay: Nine Years on the Harbour Board", entries));
        Assert.Null(WholeIssueFormat.MatchToc("Ines Varga-Holm and the Salt Brokers of the Northern Coast", entries));
    }

    [Fact]
    public void One_entry_with_a_colon_after_a_genre_word_keeps_its_whole_title()
    {
        // Given: a single entry whose title happens to open with a genre and a colon
        var lines = SeedText.Lines("""
            Contents
            Profile: A Life in the Border Police  . . . .  p. 1
            Why the Harbour Strike Ended  . . . . . . . .  p. 4

            PROFILE
            """);

        // When
        var (entries, _) = IssueContents.Read(lines, 0);

        // Then
        Assert.Equal("Profile: A Life in the Border Police", entries[0].Title);
    }

    [Fact]
    public void Two_columns_run_together_line_by_line_are_read_left_column_first_then_right()
    {
        // Given: a contents page in two columns that text extraction ran together, the heading sharing a line with the
        // right column's first title, the left column's last entry ending in its page before the right column's title
        var lines = SeedText.Lines("""
            Inside:                                           Harbour Pilots Strike Over Escort Rules
            Salt Tax Revolt Spreads to the                        By Ines Okafor-Lund ...................... 3
            Eastern Oases  By Pieter Vall ............ 1      Why the Ferry Cartel Outlasted Its Founder
                                                                  By Rui Santos and Mae Holt ............... 6
            Salt Tax Revolt Spreads to the Eastern Oases
            By Pieter Vall
            """);

        // When
        var (entries, end) = IssueContents.Read(lines, 0);

        // Then
        Assert.Collection(entries,
            e => { Assert.Equal("Salt Tax Revolt Spreads to the Eastern Oases", e.Title); Assert.Equal(["Pieter Vall"], e.Authors); },
            e => { Assert.Equal("Harbour Pilots Strike Over Escort Rules", e.Title); Assert.Equal(["Ines Okafor-Lund"], e.Authors); },
            e => { Assert.Equal("Why the Ferry Cartel Outlasted Its Founder", e.Title); Assert.Equal(["Rui Santos", "Mae Holt"], e.Authors); });
        Assert.Equal(5, lines[end].Number);
    }

    [Fact]
    public void The_left_column_may_run_on_below_the_right_one_to_the_line_that_ends_in_its_page()
    {
        // Given: the right column ends first; the left column's last title wraps below it to its byline and page
        var lines = SeedText.Lines("""
            In This Issue
            BRIEF: Salt Tax Revolt Spreads East              Harbour Pilots Strike Over
            By Pieter Vall ............ p. 1                   Escort Rules
                                                               By Ines Okafor-Lund ...... p. 3
            Why the Ferry Cartel Outlasted Its               By Rui Santos .............. p. 5
            Founder and Its Rivals
            By Mae Holt ............... p. 4
            BRIEF
            """);

        // When
        var (entries, end) = IssueContents.Read(lines, 0);

        // Then
        Assert.Equal(["Salt Tax Revolt Spreads East", "Why the Ferry Cartel Outlasted Its Founder and Its Rivals", "Harbour Pilots Strike Over Escort Rules"],
            entries.Where(e => !e.IsSection).Select(e => e.Title).Take(3).ToArray());
        Assert.Equal("BRIEF", lines[end].Text);
    }

    [Fact]
    public void Two_columns_whose_pages_follow_a_space_or_two_are_read_as_entries_and_the_left_column_runs_on()
    {
        // Given: two columns run together, no leaders between a title and its page in most cells; the left column runs
        // on below the right one to a title in capitals over its author's name dotted to the page
        var lines = SeedText.Lines("""
            NEWS IN SHORT ...................... 2      FROM THE COAST
            Ferry fares rise on the island route 2       Two harbours, one tug ........ 8
            Guards hired for the salt works 3            Nets cut at the river mouth  8
            THE LAST CARAVAN OF THE DUNES
            Marta Oyelaran-Voss ................ 5

            NEWS IN SHORT
            """);

        // When
        var (entries, end) = IssueContents.Read(lines, 0);

        // Then
        Assert.Equal(["Ferry fares rise on the island route", "Guards hired for the salt works", "THE LAST CARAVAN OF THE DUNES",
                "Two harbours, one tug", "Nets cut at the river mouth"],
            entries.Where(e => !e.IsSection).Select(e => e.Title).ToArray());
        Assert.Equal(["Marta Oyelaran-Voss"], entries.Single(e => e.Title == "THE LAST CARAVAN OF THE DUNES").Authors);
        Assert.Equal(6, lines[end].Number);
    }

    [Fact]
    public void A_short_title_in_capitals_over_a_name_dotted_to_its_page_is_an_entry_not_a_section_name()
    {
        // Given: titles in capitals, each over its author's name in upper and lower case dotted to the page; the second
        // title is short enough to read as a section name in capitals
        var lines = SeedText.Lines("""
            CONTENTS
            THE OYSTER BEDS AND THE NEW HARBOUR
            Teodor Ndiaye-Brandt ................... 1
            WHO OWNS THE SANDBANKS
            Ximena Okonjo-Hale ..................... 4
            ANALYSIS
            Tides and the Toll Road ................ 6
            """);

        // When
        var (entries, _) = IssueContents.Read(lines, 0);

        // Then
        Assert.Collection(entries,
            e => { Assert.Equal("THE OYSTER BEDS AND THE NEW HARBOUR", e.Title); Assert.Equal(["Teodor Ndiaye-Brandt"], e.Authors); },
            e => { Assert.Equal("WHO OWNS THE SANDBANKS", e.Title); Assert.False(e.IsSection); Assert.Equal(["Ximena Okonjo-Hale"], e.Authors); },
            e => { Assert.Equal("ANALYSIS", e.Title); Assert.True(e.IsSection); },
            e => Assert.Equal("Tides and the Toll Road", e.Title));
    }

    [Fact]
    public void A_sections_name_in_title_case_over_an_entry_indented_under_it_heads_a_group()
    {
        // Given: "In Brief" over an indented entry; a feature's title over its indented author, not under the group
        var lines = SeedText.Lines("""
            CONTENTS

            In Brief
              Ferry tolls rise on the lower lake ................ 1
            The Gatekeepers of Orsk: Militias and Local Power
              Amara Lindqvist-Obi ............................... 2
            """);

        // When
        var (entries, _) = IssueContents.Read(lines, 0);

        // Then
        Assert.Collection(entries,
            e => { Assert.Equal("In Brief", e.Title); Assert.True(e.IsSection); },
            e => Assert.Equal("Ferry tolls rise on the lower lake", e.Title),
            e => { Assert.Equal("The Gatekeepers of Orsk: Militias and Local Power", e.Title); Assert.Equal(["Amara Lindqvist-Obi"], e.Authors); });
    }

    [Fact]
    public void Genre_entries_run_on_at_the_margin_to_a_bare_page_end_at_the_first_pieces_label_over_its_title()
    {
        // Given: no blank lines; each entry "Genre: title", wrapped at the margin, the authors after a dash, the page last
        // with no leader; the body opens with the first piece's label and its title in capitals
        var lines = SeedText.Lines("""
            WHAT'S INSIDE
            In Brief: Ferry Crews Refuse Night Sailings on the Lower Lake 1
            Analysis: Fishing Cooperatives and the Lake Militias: Who Pays
            Whom on the Western Shore — Amara Lindqvist-Obi & Teodor
            Ndiaye-Brandt 2
            IN BRIEF
            FERRY CREWS REFUSE NIGHT SAILINGS ON THE LOWER LAKE
            By Ximena Okonjo-Hale
            """);

        // When
        var (entries, end) = IssueContents.Read(lines, 0);

        // Then
        Assert.Collection(entries,
            e => { Assert.Equal("Ferry Crews Refuse Night Sailings on the Lower Lake", e.Title); Assert.Equal("brief", e.Kind); },
            e =>
            {
                Assert.Equal("Fishing Cooperatives and the Lake Militias: Who Pays Whom on the Western Shore", e.Title);
                Assert.Equal(["Amara Lindqvist-Obi", "Teodor Ndiaye-Brandt"], e.Authors);
                Assert.Equal("analysis", e.Kind);
            });
        Assert.Equal(5, end);
    }

    [Fact]
    public void A_number_in_a_dotted_cell_of_two_columns_stays_in_its_title()
    {
        // Given: two columns run together, a right cell's title ending in a number before its leader and page
        var lines = SeedText.Lines("""
            NEWS IN SHORT ...................... 2      The road to Sector 4 ........ 5
            Ferry fares rise on the island route 2       Nets cut at the river mouth  8
            """);

        // When
        var (entries, _) = IssueContents.Read(lines, 0);

        // Then
        Assert.Equal(["Ferry fares rise on the island route", "The road to Sector 4", "Nets cut at the river mouth"],
            entries.Where(e => !e.IsSection).Select(e => e.Title).ToArray());
    }

    [Fact]
    public void A_contents_table_whose_page_ends_each_line_is_not_read_as_two_columns_side_by_side()
    {
        // Given: one entry per line in three columns (title, author, page): no page ends a line's first part
        var lines = SeedText.Lines("""
            IN THIS ISSUE                                 AUTHOR                 PAGE
            The Lake Chad Fishing Levy and Its Collectors     Amara Diallo-Grant     2
            Court Rulings Test the Amnesty Law                 Bo Lindqvist           5

            The Lake Chad Fishing Levy and Its Collectors
            """);

        // When
        var (entries, _) = IssueContents.Read(lines, 0);

        // Then
        Assert.Collection(entries,
            e => { Assert.Equal("The Lake Chad Fishing Levy and Its Collectors", e.Title); Assert.Equal(["Amara Diallo-Grant"], e.Authors); },
            e => { Assert.Equal("Court Rulings Test the Amnesty Law", e.Title); Assert.Equal(["Bo Lindqvist"], e.Authors); });
    }

    [Fact]
    public void Dotted_entries_in_capitals_may_wrap_their_title_and_name_their_authors_on_a_plain_by_line()
    {
        // Given: a contents list in capitals, a title wrapped before its dotted last line, authors on "by" lines
        var lines = SeedText.Lines("""
            CONTENTS

            NOTES FROM THE FRONT ........................................ 1
            by Maren Castellanos

            GRAIN CONVOYS, TOLL GATES AND THE SLOW
            STRANGLING OF A RIVER PORT .................................. 4
            by Teodor Akhtar and Lina Moreau-Sato

            Notes From the Front
            """);

        // When
        var (entries, end) = IssueContents.Read(lines, 0);

        // Then
        Assert.Collection(entries,
            e => { Assert.Equal("NOTES FROM THE FRONT", e.Title); Assert.Equal(["Maren Castellanos"], e.Authors); },
            e =>
            {
                Assert.Equal("GRAIN CONVOYS, TOLL GATES AND THE SLOW STRANGLING OF A RIVER PORT", e.Title);
                Assert.Equal(["Teodor Akhtar", "Lina Moreau-Sato"], e.Authors);
            });
        Assert.Equal("Notes From the Front", lines.Skip(end).First(l => !l.IsBlank).Text.Trim());
    }

    [Fact]
    public void A_genre_in_capitals_before_each_entry_gives_its_kind_and_is_no_part_of_its_title()
    {
        // Given: each entry opens with its genre in capitals and a colon (a title may hold a colon of its own)
        var lines = SeedText.Lines("""
            CONTENTS
            BRIEF: Omari Teku, the Quartermaster Who Outlived His Rivals
            ANALYSIS: Salt Roads: How the Lake Militias Pay Their Fighters

            Omari Teku, the Quartermaster Who Outlived His Rivals
            """);

        // When
        var (entries, _) = IssueContents.Read(lines, 0);

        // Then
        Assert.Collection(entries,
            e => { Assert.Equal("Omari Teku, the Quartermaster Who Outlived His Rivals", e.Title); Assert.Equal("brief", e.Kind); },
            e => { Assert.Equal("Salt Roads: How the Lake Militias Pay Their Fighters", e.Title); Assert.Equal("analysis", e.Kind); });
    }

    [Fact]
    public void A_wrapped_title_whose_dotted_last_line_is_its_by_line_names_its_authors_not_its_title()
    {
        // Given: a section entry, then titles wrapped over two lines, each closed by "By NAME ….. page"
        var lines = SeedText.Lines("""
            INSIDE THIS EDITION

            DISPATCHES .............................................. 1

            River Pilots Refuse to Sail Past the
            Lower Sanvo Locks
            By Odile Brannigan-Tey .................................. 3

            Counting the Missing: Village Registers
            in the Hill Districts
            By Pavel Strand and Noor Vasquez-Ilg .................... 6

            DISPATCHES
            """);

        // When
        var (entries, _) = IssueContents.Read(lines, 0);

        // Then
        Assert.Collection(entries,
            e => Assert.True(e.IsSection),
            e =>
            {
                Assert.Equal("River Pilots Refuse to Sail Past the Lower Sanvo Locks", e.Title);
                Assert.Equal(["Odile Brannigan-Tey"], e.Authors);
            },
            e =>
            {
                Assert.Equal("Counting the Missing: Village Registers in the Hill Districts", e.Title);
                Assert.Equal(["Pavel Strand", "Noor Vasquez-Ilg"], e.Authors);
            });
    }

    [Fact]
    public void A_bare_name_line_right_under_a_dotted_entry_names_its_authors_and_the_list_goes_on()
    {
        // Given: dotted entries (one wrapped before its dots), each with its author's name alone on the next line
        var lines = SeedText.Lines("""
            IN THIS ISSUE

            DISPATCHES ....................................................... 1
            Ilse Marchetti

            Salt Roads and Toll Gates: How a Militia Finances
            Itself on the Plateau .............................................. 4
            Tomasz Adeyemi-Holt

            DISPATCHES

            Ferry Services Suspended on the Lower Lake
            """);

        // When
        var (entries, end) = IssueContents.Read(lines, 0);

        // Then
        Assert.Collection(entries,
            e => { Assert.Equal("DISPATCHES", e.Title); Assert.Equal(["Ilse Marchetti"], e.Authors); },
            e =>
            {
                Assert.Equal("Salt Roads and Toll Gates: How a Militia Finances Itself on the Plateau", e.Title);
                Assert.Equal(["Tomasz Adeyemi-Holt"], e.Authors);
            });
        Assert.Equal("DISPATCHES", lines.Skip(end).First(l => !l.IsBlank).Text.Trim());
    }

    [Fact]
    public void Entries_may_print_the_page_first_with_title_and_authors_on_one_line()
    {
        // Given: page, title and authors separated by bars, a last entry without authors
        var lines = SeedText.Lines("""
            Inside this issue
            p2 | Salt Caravans Return to the Northern Route
            p4 | Who Pays the River Police? Levies on the Upper Basin | Oskar Lindfeld, Priya Ramaswell
            p7 | Contributors
            Salt Caravans Return to the Northern Route
            """);

        // When
        var (entries, end) = IssueContents.Read(lines, 0);

        // Then
        Assert.Collection(entries,
            e => { Assert.Equal("Salt Caravans Return to the Northern Route", e.Title); Assert.Empty(e.Authors); },
            e => { Assert.Equal("Who Pays the River Police? Levies on the Upper Basin", e.Title); Assert.Equal(["Oskar Lindfeld", "Priya Ramaswell"], e.Authors); },
            e => Assert.Equal("Contributors", e.Title));
        Assert.Equal(4, end);
    }

    [Fact]
    public void Entries_may_end_in_their_page_in_brackets_with_an_indented_by_line_under_them()
    {
        // Given: titles ending "(p. N)", one wrapped, each with an indented "by" line
        var lines = SeedText.Lines("""
            IN THIS EDITION
            Who Runs the Ferry Cartel on Lake Morvane? (p. 1)
               by Tamsin Okonkwo-Hale
            Darius Velloso: The Quartermaster Who Outlasted Three
            Commanders in the Eastern Hills (p. 4)
               by Leopold Amankwah

            BRIEF
            """);

        // When
        var (entries, end) = IssueContents.Read(lines, 0);

        // Then
        Assert.Collection(entries,
            e => { Assert.Equal("Who Runs the Ferry Cartel on Lake Morvane?", e.Title); Assert.Equal(["Tamsin Okonkwo-Hale"], e.Authors); },
            e =>
            {
                Assert.Equal("Darius Velloso: The Quartermaster Who Outlasted Three Commanders in the Eastern Hills", e.Title);
                Assert.Equal(["Leopold Amankwah"], e.Authors);
            });
        Assert.Equal("BRIEF", lines.Skip(end).First(l => !l.IsBlank).Text.Trim());
    }

    [Fact]
    public void Entries_may_print_the_page_and_a_gap_before_a_title_wrapped_onto_indented_lines()
    {
        // Given: page numbers in a column, titles and authors indented under them
        var lines = SeedText.Lines("""
            Contents
             1  Tolls on the Causeway Road
                Maren Castellanos
            12  Grain, Barges and Guns: How the River Militias
                Learned to Tax the Harvest
                Teodor Akhtar and Lina Moreau-Sato

            Briefs
            """);

        // When
        var (entries, end) = IssueContents.Read(lines, 0);

        // Then
        Assert.Collection(entries,
            e => { Assert.Equal("Tolls on the Causeway Road", e.Title); Assert.Equal(["Maren Castellanos"], e.Authors); },
            e =>
            {
                Assert.Equal("Grain, Barges and Guns: How the River Militias Learned to Tax the Harvest", e.Title);
                Assert.Equal(["Teodor Akhtar", "Lina Moreau-Sato"], e.Authors);
            });
        Assert.Equal("Briefs", lines.Skip(end).First(l => !l.IsBlank).Text.Trim());
    }

    [Fact]
    public void Entries_that_print_the_page_first_may_name_their_authors_in_brackets_after_the_title()
    {
        // Given: page numbers in a column, each title closed by its authors in brackets, one title wrapped
        var lines = SeedText.Lines("""
            In this issue
              1   Short takes: a new harbour master at Vell (Ingrid Solberg-Amadi)
              3   Tolls, Barges and Guns: How the River Militias Learned
                  to Tax the Harvest (Teodor Akhtar and Lina Moreau-Sato)

            SHORT TAKES
            """);

        // When
        var (entries, end) = IssueContents.Read(lines, 0);

        // Then
        Assert.Collection(entries,
            e => { Assert.Equal("Short takes: a new harbour master at Vell", e.Title); Assert.Equal(["Ingrid Solberg-Amadi"], e.Authors); },
            e =>
            {
                Assert.Equal("Tolls, Barges and Guns: How the River Militias Learned to Tax the Harvest", e.Title);
                Assert.Equal(["Teodor Akhtar", "Lina Moreau-Sato"], e.Authors);
            });
        Assert.Equal("SHORT TAKES", lines.Skip(end).First(l => !l.IsBlank).Text.Trim());
    }

    [Fact]
    public void Entries_without_bullets_or_pages_are_titles_over_a_by_line_under_a_heading()
    {
        // Given: a heading over titles in capitals, wrapped, each closed by its "By" line, no pages
        var lines = SeedText.Lines("""
            In this number:

            THE FERRYMEN'S LEVY: HOW A LAKE MILITIA TAXES THE
            CROSSING
            By Oriane Maddox-Lu

            A QUIET SPLIT IN THE HILL BRIGADES
            By Kasia Theroux and Pieter Sandoval

            The Ferrymen's Levy: How a Lake Militia Taxes the
            Crossing
            """);

        // When
        var (entries, end) = IssueContents.Read(lines, 0);

        // Then
        Assert.Collection(entries,
            e => { Assert.Equal("THE FERRYMEN'S LEVY: HOW A LAKE MILITIA TAXES THE CROSSING", e.Title); Assert.Equal(["Oriane Maddox-Lu"], e.Authors); },
            e => { Assert.Equal("A QUIET SPLIT IN THE HILL BRIGADES", e.Title); Assert.Equal(["Kasia Theroux", "Pieter Sandoval"], e.Authors); });
        Assert.Equal("The Ferrymen's Levy: How a Lake Militia Taxes the", lines.Skip(end).First(l => !l.IsBlank).Text.Trim());
    }

    [Fact]
    public void Entries_that_print_the_genre_first_give_their_kind()
    {
        // Given: "Genre — Title … p. N", a title wrapped onto an indented line
        var lines = SeedText.Lines("""
            IN THIS NUMBER
              Report — Salt Smugglers Take Over the Northern Passes
                       of the Korvan Range                           p. 1
              Commentary — Why the Border Police Keep Losing Recruits  p. 4

            REPORT
            """);

        // When
        var (entries, end) = IssueContents.Read(lines, 0);

        // Then
        Assert.Collection(entries,
            e => { Assert.Equal("Salt Smugglers Take Over the Northern Passes of the Korvan Range", e.Title); Assert.Equal("report", e.Kind); },
            e => { Assert.Equal("Why the Border Police Keep Losing Recruits", e.Title); Assert.Equal("commentary", e.Kind); });
        Assert.Equal("REPORT", lines.Skip(end).First(l => !l.IsBlank).Text.Trim());
    }

    [Fact]
    public void Bulleted_entries_without_pages_may_wrap_onto_indented_lines_and_name_their_authors_on_an_indented_by_line()
    {
        // Given: a heading over bulleted titles with no page numbers, a wrapped title and indented "By" lines
        var lines = SeedText.Lines("""
            Inside this issue:
            ▪ Ferry Tolls Fund a Lakeside Militia
            ▪ Grain, Guns and Grievance: The Slow Capture of the
              Upper Delta Markets
              By Oriane Maddox-Lu and Pieter Sandoval
            ▪ A Quiet Split in the Hill Brigades
              By Kasia Theroux

            DISPATCHES

            Ferry Tolls Fund a Lakeside Militia
            """);

        // When
        var (entries, end) = IssueContents.Read(lines, 0);

        // Then
        Assert.Collection(entries,
            e => { Assert.Equal("Ferry Tolls Fund a Lakeside Militia", e.Title); Assert.Empty(e.Authors); },
            e =>
            {
                Assert.Equal("Grain, Guns and Grievance: The Slow Capture of the Upper Delta Markets", e.Title);
                Assert.Equal(["Oriane Maddox-Lu", "Pieter Sandoval"], e.Authors);
            },
            e => { Assert.Equal("A Quiet Split in the Hill Brigades", e.Title); Assert.Equal(["Kasia Theroux"], e.Authors); });
        Assert.Equal("DISPATCHES", lines.Skip(end).First(l => !l.IsBlank).Text.Trim());
    }

    [Fact]
    public void A_bulleted_list_in_the_prose_with_no_contents_heading_is_not_contents()
    {
        // Given: bullet points of an article's argument, not under a contents heading
        var lines = SeedText.Lines("""
            The committee made three points:
            • Patrols on the river should double before the rains
            • Village guards need radios

            The ministry agreed.
            """);

        // When
        var (entries, _) = IssueContents.Read(lines, 0);

        // Then
        Assert.Empty(entries);
    }

    [Fact]
    public void Bulleted_entries_that_print_their_page_are_read_as_dotted_entries_one_per_bullet()
    {
        // Given: bullets whose wrapped titles end in the author in brackets and a page (the dotted reader's shape)
        var lines = SeedText.Lines("""
            In this number:
            • River Pirates Turn to Fuel Theft (Ottilie Brandstrup) — p. 1
            • The Ferryman of Lake Varo: A Smuggler's Rise From Deckhand
              to Network Chief (Casimir Abara-Lund) — p. 3

            Opening text
            """);

        // When
        var (entries, _) = IssueContents.Read(lines, 0);

        // Then
        Assert.Collection(entries,
            e => Assert.StartsWith("River Pirates Turn to Fuel Theft", e.Title, StringComparison.Ordinal),
            e => { Assert.Equal("The Ferryman of Lake Varo: A Smuggler's Rise From Deckhand to Network Chief", e.Title); Assert.Equal(["Casimir Abara-Lund"], e.Authors); });
    }

    [Fact]
    public void A_title_run_on_into_by_and_names_on_its_dotted_line_gives_the_title_and_its_authors()
    {
        // Given: one entry with its byline on the title's line, one with "by" among the title's own words
        var lines = SeedText.Lines("""
            CONTENTS

            Ferry Crews Strike Over Unpaid Escort Fees by Lotte Amankwah-Berg ........ 2

            Ambushed by Night on the Coast Road ...................................... 5

            Ferry Crews Strike Over Unpaid Escort Fees
            """);

        // When
        var (entries, _) = IssueContents.Read(lines, 0);

        // Then
        Assert.Collection(entries,
            e => { Assert.Equal("Ferry Crews Strike Over Unpaid Escort Fees", e.Title); Assert.Equal(["Lotte Amankwah-Berg"], e.Authors); },
            e => { Assert.Equal("Ambushed by Night on the Coast Road", e.Title); Assert.Empty(e.Authors); });
    }

    [Fact]
    public void A_title_run_on_into_by_and_names_before_its_leader_gives_the_title_and_its_authors()
    {
        // Given: entries whose byline follows the title with no leader between them, one wrapped before its page
        var lines = SeedText.Lines("""
            IN THIS ISSUE

            Grain Brokers on the Delta Finance a New Militia by Petra Lindgren ... 1

            Why the Upland Cooperatives Stopped Paying Their Dues by Amadou
            Keita-Brandt ... 3

            Killed by Friendly Fire on the Western Ridge ... 5

            Grain Brokers on the Delta
            """);

        // When
        var (entries, _) = IssueContents.Read(lines, 0);

        // Then: the names are authors; a title whose own words hold "by" stays whole
        Assert.Collection(entries,
            e => { Assert.Equal("Grain Brokers on the Delta Finance a New Militia", e.Title); Assert.Equal(["Petra Lindgren"], e.Authors); },
            e => { Assert.Equal("Why the Upland Cooperatives Stopped Paying Their Dues", e.Title); Assert.Equal(["Amadou Keita-Brandt"], e.Authors); },
            e => { Assert.Equal("Killed by Friendly Fire on the Western Ridge", e.Title); Assert.Empty(e.Authors); });
    }

    [Fact]
    public void Entries_under_section_names_may_credit_their_authors_after_a_dash_on_the_last_line_or_under_it()
    {
        // Given: dotted section names, each over indented entries "Title — NAME", one wrapped with the dash line under it
        var lines = SeedText.Lines("""
            What's inside

            Briefs ............................................................. 1
              Barge Crews Hire Their Own Guards — Oriel Vantongeren
              The Harbour Board Splits Over the Night Tolls
              — Bram Liefsma and Noor Castellane
            Features ........................................................... 4
              Why the Lock Keepers Answer to No One: Patronage on
              the Western Canal — Ilse Marchetti-Obi

            BRIEFS
            """);

        // When
        var (entries, end) = IssueContents.Read(lines, 0);

        // Then
        Assert.Collection(entries.Where(e => !e.IsSection),
            e => { Assert.Equal("Barge Crews Hire Their Own Guards", e.Title); Assert.Equal(["Oriel Vantongeren"], e.Authors); },
            e => { Assert.Equal("The Harbour Board Splits Over the Night Tolls", e.Title); Assert.Equal(["Bram Liefsma", "Noor Castellane"], e.Authors); },
            e => { Assert.Equal("Why the Lock Keepers Answer to No One: Patronage on the Western Canal", e.Title); Assert.Equal(["Ilse Marchetti-Obi"], e.Authors); });
        Assert.Equal("BRIEFS", lines.Skip(end).First(l => !l.IsBlank).Text.Trim());
    }

    [Fact]
    public void Bulleted_entries_may_print_the_author_in_brackets_and_the_page_after_a_comma()
    {
        // Given
        var lines = SeedText.Lines("""
            In this number
            • Barge Crews Hire Their Own Guards (Oriel Vantongeren), p. 1
            • The Harbour Board Splits Over the Night Tolls (Bram Liefsma), p. 3

            Barge Crews Hire Their Own Guards
            """);

        // When
        var (entries, _) = IssueContents.Read(lines, 0);

        // Then
        Assert.Collection(entries,
            e => { Assert.Equal("Barge Crews Hire Their Own Guards", e.Title); Assert.Equal(["Oriel Vantongeren"], e.Authors); },
            e => { Assert.Equal("The Harbour Board Splits Over the Night Tolls", e.Title); Assert.Equal(["Bram Liefsma"], e.Authors); });
    }

    [Fact]
    public void Column_entries_under_a_heading_row_may_be_grouped_under_section_names_at_the_margin()
    {
        // Given: a heading row naming the page column, then group names at the margin over indented entries
        var lines = SeedText.Lines("""
            IN THIS NUMBER                                         PAGE
            Round-up
               Ferry crews strike at Port Halloran                    1
            Analysis
               Quarry Taxes and the Hill Militias of the              2
               Upper Basin of the Tarn River

            ROUND-UP
            """);

        // When
        var (entries, end) = IssueContents.Read(lines, 0);

        // Then
        Assert.Equal(["Round-up", "Ferry crews strike at Port Halloran", "Analysis", "Quarry Taxes and the Hill Militias of the Upper Basin of the Tarn River"],
            entries.Select(e => e.Title));
        Assert.Equal([true, false, true, false], entries.Select(e => e.IsSection));
        Assert.Equal("ROUND-UP", lines.Skip(end).First(l => !l.IsBlank).Text.Trim());
    }

    [Fact]
    public void A_short_section_name_before_a_dashed_entry_is_a_kicker_and_surnames_after_the_title_are_no_title()
    {
        // Given: "Kicker — Title — page" and "Kicker — Title — Surname / Surname — page"
        var lines = SeedText.Lines("""
            THIS ISSUE
            Short take — Dam protest at Verrin ends — 2
            Deep dive — The Quarry Wars — Lindqvist-Obi / Haas — 3

            SHORT TAKE
            """);

        // When
        var (entries, _) = IssueContents.Read(lines, 0);

        // Then
        Assert.Equal(["Dam protest at Verrin ends", "The Quarry Wars"], entries.Select(e => e.Title));
        Assert.All(entries, e => Assert.Empty(e.Authors));
    }

    [Fact]
    public void A_page_first_entry_may_name_its_authors_after_a_dot_leader_and_its_section_before_a_dash()
    {
        // Given: the page first, a wrapped title ending in a dot leader and names that wrap with "&"; a section before a dash
        var lines = SeedText.Lines("""
            INSIDE:
              1   BRIEF — Toll Gangs Return to the Upper Pass
              3   Salt and Rifles: The Changing Cargo of the
                  Mountain Caravans . . . . . . . . Ruslan Edigeyev
              6   Why the Villages Distrust the Road . . Ana Pirelli
                                                       & Bo Castaneda

            BRIEF
            """);

        // When
        var (entries, _) = IssueContents.Read(lines, 0);

        // Then
        Assert.Collection(entries,
            e => { Assert.Equal("Toll Gangs Return to the Upper Pass", e.Title); Assert.Equal("brief", e.Kind); },
            e => { Assert.Equal("Salt and Rifles: The Changing Cargo of the Mountain Caravans", e.Title); Assert.Equal(["Ruslan Edigeyev"], e.Authors); },
            e => { Assert.Equal("Why the Villages Distrust the Road", e.Title); Assert.Equal(["Ana Pirelli", "Bo Castaneda"], e.Authors); });
    }

    [Fact]
    public void Section_labels_in_capitals_sit_right_over_their_dotted_entries_and_an_indented_name_is_the_entry_s_author()
    {
        var lines = SeedText.Lines("""
            IN THIS ISSUE

            COMMENTARY
            The Dredgers Who Came Back ............................. 1
               Leontine Oyelaran-Holm
            Salt, Sand and the Politics of the River Mouth in
            Port Cassel ............................................ 3
               Matthias Greve & Oona Delacroix-Abebe
            FIELD DIARY
            Three Days on the Ferry to Mbaleko ..................... 6

            The Dredgers Who Came Back
            """);

        var (entries, _) = IssueContents.Read(lines, 0);

        Assert.Equal(["COMMENTARY", "The Dredgers Who Came Back", "Salt, Sand and the Politics of the River Mouth in Port Cassel", "FIELD DIARY", "Three Days on the Ferry to Mbaleko"],
            entries.Select(e => e.Title));
        Assert.Equal([true, false, false, true, false], entries.Select(e => e.IsSection));
        Assert.Equal(["Leontine Oyelaran-Holm"], entries[1].Authors);
        Assert.Equal(["Matthias Greve", "Oona Delacroix-Abebe"], entries[2].Authors);
    }
}
