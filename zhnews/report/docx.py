"""The report as a Word document: ``report.docx`` beside ``report.html``, for editors who work in Word or WPS.

Built with python-docx from the run folder alone (meta.json, the tables, ``charts/*.png``), never from
the notebook, so it holds exactly what the run wrote. An article's document has the title and the
article's identity, the summary, every chart with a numbered caption and its source line, and the
fact-check sheet as a Word table whose Verdict and Notes columns are left empty for the editor. The
corpus document (``_corpus/report.docx``) has the article list and the comparison charts.

Chinese in Word and WPS: a run's Chinese characters are drawn with the font named in ``w:eastAsia``,
which python-docx never sets, and the default template's theme fonts would override it. Every style
the document uses therefore names the CJK font explicitly for East Asian text (theme attributes
removed) and declares zh-CN as the East Asian language, so Word, WPS and LibreOffice pick a Chinese
font even where the named one is missing. The page is A4 with the charts at the text width.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .. import io, report
from . import META_FIELDS

# Word and WPS on Windows ship 微软雅黑; elsewhere the zh-CN language tag leads to a Chinese fallback.
EAST_ASIAN_FONT = "Microsoft YaHei"
LATIN_FONT = "Calibri"
TEXT_WIDTH_CM = 16.0  # A4 (21 cm) less 2.5 cm margins
MAX_CHART_HEIGHT_CM = 20.0
MUTED_RGB = (0x66, 0x66, 0x66)

# The article charts in reading order: (file name, section, Chinese caption, English caption).
# A chart not listed here still goes in, after these, captioned with its file name.
ARTICLE_CHARTS = (
    ("paragraph_map", "段落结构 · Paragraph map", "各段长度与角色", "Paragraph lengths and roles in reading order"),
    ("keywords_top20", "关键词 · Keywords", "综合排名前 20 的关键词", "Top 20 keywords, TF-IDF and TextRank combined"),
    ("keywords_wordcloud", "关键词 · Keywords", "词云", "Word cloud"),
    ("keywords_by_paragraph", "关键词 · Keywords", "各段落的关键词", "Keywords paragraph by paragraph"),
    ("keywords_agreement", "关键词 · Keywords", "两种方法的一致程度", "How far the two keyword methods agree"),
    ("keywords_network", "关键词 · Keywords", "关键词共现网络", "Keyword co-occurrence network"),
    ("sentiment_arc", "情感 · Sentiment", "逐段情感走向", "Sentiment paragraph by paragraph"),
    ("sentiment_methods", "情感 · Sentiment", "两种情感方法的比较", "The two sentiment methods compared"),
    ("sentiment_entities", "情感 · Sentiment", "主要人物与机构的情感", "Sentiment around the main actors"),
    ("quantities_by_kind", "数字与论断 · Figures and claims", "文中数字的类别", "Figures by kind"),
    ("money_log", "数字与论断 · Figures and claims", "文中金额（对数刻度）", "Money figures, log scale"),
    ("claims_per_paragraph", "数字与论断 · Figures and claims", "各段落的论断类型", "Claims per paragraph by type"),
    ("timeline", "数字与论断 · Figures and claims", "文中提到的事件时间线", "Timeline of dated events"),
)
CORPUS_CHARTS = (
    ("keyword_overlap", "对比 · Comparison", "关键词重合度", "Keyword overlap between articles"),
    ("sentiment_by_article", "对比 · Comparison", "各文章段落情感分布", "Paragraph sentiment per article"),
    ("quantities_by_article", "对比 · Comparison", "各文章的数字", "Figures per article, by kind"),
    ("shared_entities", "对比 · Comparison", "共同提到的实体", "Entities shared across articles"),
)
# Two-line headers keep the narrow columns readable; Verdict and Notes are wide enough to write in.
FACTCHECK_COLUMNS = ("排序\nRank", "分数\nScore", "论断 Claim", "数字 Figures", "来源\nSource", "核查结果\nVerdict", "备注\nNotes")
FACTCHECK_WIDTHS_CM = (1.4, 1.5, 4.8, 3.0, 1.6, 2.0, 1.7)
CORPUS_COLUMNS = ("title", "outlet", "publish_date", "n_body_chars", "mean_sentiment", "n_checkworthy")
CORPUS_HEADERS = ("标题 Title", "来源\nOutlet", "日期\nDate", "正文字数\nChars", "平均情感\nSentiment", "待核查\nTo check")


def _set_fonts(style) -> None:
    """Name the Latin and the East Asian font on a style, overriding the theme, and tag it zh-CN."""
    from docx.oxml.ns import qn

    run_properties = style.element.get_or_add_rPr()
    fonts = run_properties.get_or_add_rFonts()
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    fonts.set(qn("w:ascii"), LATIN_FONT)
    fonts.set(qn("w:hAnsi"), LATIN_FONT)
    fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
    language = run_properties.find(qn("w:lang"))
    if language is None:
        language = run_properties.makeelement(qn("w:lang"), {})
        run_properties.append(language)
    language.set(qn("w:eastAsia"), "zh-CN")


def new_document(title: str):
    """An A4 document whose every style shows Chinese (see the module docstring)."""
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Cm

    document = Document()
    for style in document.styles:
        if style.type in (WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER, WD_STYLE_TYPE.TABLE):
            _set_fonts(style)
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin = section.bottom_margin = Cm(2.0)
    document.core_properties.title = title
    document.core_properties.author = "zhnews"
    document.add_heading(title, level=0)
    return document


def _muted(paragraph, size_pt: float = 8.0) -> None:
    from docx.shared import Pt, RGBColor

    for run in paragraph.runs:
        run.font.size = Pt(size_pt)
        run.font.color.rgb = RGBColor(*MUTED_RGB)


def add_table(document, header, rows, widths_cm=None, font_pt: float = 9.0):
    """A Word table with a repeated, bold header row; rows may not split across pages."""
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = str(text)
        cell.paragraphs[0].runs[0].font.bold = True
    _repeat_header(table.rows[0])
    for values in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values):
            cell.text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
    if widths_cm:  # Word reads the cells' widths, LibreOffice the grid's: set both, and no autofit
        table.autofit = False
        for column, width in zip(table.columns, widths_cm):
            column.width = Cm(width)
    for row in table.rows:
        row._tr.get_or_add_trPr().append(row._tr.makeelement(qn("w:cantSplit"), {}))
        for index, cell in enumerate(row.cells):
            if widths_cm:
                cell.width = Cm(widths_cm[index])
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(font_pt)
    return table


def _repeat_header(row) -> None:
    from docx.oxml.ns import qn

    row._tr.get_or_add_trPr().append(row._tr.makeelement(qn("w:tblHeader"), {}))


def add_chart(document, png: Path, number: int, caption_zh: str, caption_en: str) -> None:
    """The chart at text width (shorter if very tall), then its numbered caption, kept together.

    The source line is part of the image (drawn under every chart by charts.save_chart), so it
    travels with a chart copied out of the document; it is not repeated as text.
    """
    from docx.shared import Cm
    from PIL import Image

    with Image.open(png) as image:
        width_px, height_px = image.size
    width_cm = min(TEXT_WIDTH_CM, MAX_CHART_HEIGHT_CM * width_px / height_px)
    picture = document.add_paragraph()
    picture.paragraph_format.keep_with_next = True
    picture.add_run().add_picture(str(png), width=Cm(width_cm))
    document.add_paragraph(f"图 {number}：{caption_zh} · Figure {number}: {caption_en}", style="Caption")


def add_charts(document, charts_dir: Path, listed) -> int:
    """Every PNG in ``charts_dir``: the listed ones in order under their section headings, then the rest."""
    pngs = {png.stem: png for png in sorted(Path(charts_dir).glob("*.png"))}
    entries = [entry for entry in listed if entry[0] in pngs]
    known = {entry[0] for entry in listed}
    entries += [(name, "其他图表 · Other charts", name, name) for name in sorted(pngs) if name not in known]
    section = None
    for number, (name, heading, caption_zh, caption_en) in enumerate(entries, start=1):
        if heading != section:
            document.add_heading(heading, level=1).paragraph_format.keep_with_next = True
            section = heading
        add_chart(document, pngs[name], number, caption_zh, caption_en)
    return len(entries)


def _meta_rows(meta: dict):
    return [(label, meta.get(key)) for key, label in META_FIELDS if meta.get(key) or key in report.REQUIRED_META]


def write_article_docx(run_dir, docx_path=None) -> Path:
    """``report.docx`` for one article's run folder."""
    run_dir = Path(run_dir)
    meta = io.read_json(run_dir, "meta")
    tables = report.report_tables(run_dir)
    document = new_document(meta.get("title") or "（无标题）")
    add_table(document, ("项目 Field", "内容 Value"), [(k, v or "—") for k, v in _meta_rows(meta)], (4.0, 12.0))
    document.add_heading("摘要 · Summary", level=1)
    zh, en = report.summary_sentences(tables)
    document.add_paragraph(zh)
    document.add_paragraph().add_run(en).italic = True
    add_charts(document, run_dir / "charts", ARTICLE_CHARTS)
    document.add_heading("事实核查清单 · Fact-check sheet", level=1).paragraph_format.keep_with_next = True
    document.add_paragraph(
        "按得分排列的值得核查的说法；“核查结果”和“备注”两栏留给编辑填写。"
        " Check-worthy claims by score; Verdict and Notes are for the editor."
    )
    sheet = tables["factcheck"]
    rows = [
        [row["排序 Rank"], f"{row['分数 Score']:.2f}", row["论断 Claim"], row["数字 Figures"], row["来源 Source"], "", ""]
        for _, row in sheet.iterrows()
    ]
    add_table(document, FACTCHECK_COLUMNS, rows, FACTCHECK_WIDTHS_CM, font_pt=8.5)
    _footer(document)
    return _save(document, docx_path or run_dir / "report.docx")


def write_corpus_docx(corpus_dir, docx_path=None) -> Path:
    """``_corpus/report.docx``: the articles compared, with the comparison charts."""
    corpus_dir = Path(corpus_dir)
    articles = io.read_table(corpus_dir, "articles")
    document = new_document(f"{len(articles)} 篇文章对比 · Comparing {len(articles)} articles")
    document.add_heading("文章一览 · The articles", level=1)
    rows = [
        [row.title or row.slug, row.outlet, row.publish_date, row.n_body_chars,
         "" if pd.isna(row.mean_sentiment) else f"{row.mean_sentiment:+.2f}", row.n_checkworthy]
        for row in articles.itertuples()
    ]
    add_table(document, CORPUS_HEADERS, rows, (5.0, 2.6, 2.2, 1.8, 2.4, 2.0))
    add_charts(document, corpus_dir / "charts", CORPUS_CHARTS)
    _footer(document)
    return _save(document, docx_path or corpus_dir / "report.docx")


def _footer(document) -> None:
    import zhnews

    _muted(document.add_paragraph(f"由 zhnews {zhnews.__version__} 生成 · Generated by zhnews {zhnews.__version__}"), 8.0)


def _save(document, path) -> Path:
    path = Path(path)
    document.save(str(path))
    return path
