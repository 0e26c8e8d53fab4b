namespace Publisher.Core.Import.Review;

/// <summary>The report's inline stylesheet: readable from disk, high contrast, no web fonts or images.</summary>
internal static class ReviewStyle
{
    public const string Css = """

        :root { color: #1b1b1b; background: #ffffff; font: 16px/1.45 system-ui, sans-serif; }
        body { margin: 0 auto; padding: 0 1rem 3rem; max-width: 110rem; }
        a { color: #0b4f9c; }
        a:focus-visible, summary:focus-visible { outline: 3px solid #1b1b1b; outline-offset: 2px; }
        .skip { position: absolute; left: -999rem; }
        .skip:focus { position: static; }
        nav ul { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; list-style: none; padding: 0; }
        table { border-collapse: collapse; margin: 1rem 0; width: 100%; table-layout: fixed; }
        table.counts { width: auto; table-layout: auto; }
        table.counts td, table.counts thead th { overflow-wrap: normal; }
        caption { text-align: left; font-weight: 600; padding: 0.25rem 0; overflow-wrap: anywhere; }
        th, td { border: 1px solid #b8b8b8; padding: 0.2rem 0.4rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        thead th { background: #ececec; }
        .n { width: 3.5rem; text-align: right; font-weight: normal; color: #3d3d3d; }
        td.text { white-space: pre-wrap; font-family: ui-monospace, monospace; font-size: 0.85rem; }
        tr.marked { background: #fff3c4; }
        tr.marked .n { font-weight: 700; color: #1b1b1b; }
        ul.decisions { margin: 0; padding-left: 1rem; font-size: 0.9rem; }
        .quoted { white-space: pre-wrap; font-family: ui-monospace, monospace; font-size: 0.85rem; }
        .label { font-variant: small-caps; font-weight: 600; color: #3d3d3d; }
        .reason { font-style: italic; }
        .kind-name { font-weight: normal; color: #3d3d3d; font-size: 0.85rem; }
        .warning { color: #7a3a00; }
        .error { color: #a10000; }
        .note { color: #3d3d3d; }
        pre { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.85rem; background: #f6f6f6; border: 1px solid #b8b8b8; padding: 0.5rem; }
        .side { display: grid; gap: 1rem; grid-template-columns: minmax(0, 1fr); }
        .side table.lines th:nth-child(3), .side table.lines td:nth-child(3) { width: 40%; }
        @media (min-width: 70rem) { .side { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); } }
        table.kind th:nth-child(1), table.kind td:nth-child(1) { width: 16rem; }
        table.kind th:nth-child(2), table.kind td:nth-child(2) { width: 18rem; }
        article { border-top: 2px solid #b8b8b8; margin-top: 2rem; }
        summary { cursor: pointer; font-weight: 600; }

        """;
}
