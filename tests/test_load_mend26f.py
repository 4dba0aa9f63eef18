"""mend26f: a feed file of one item read as the item's record, behind a generator's comment and cut after its item."""

from zhnews.load import records
from zhnews.load.readers import reader_for

BODY = "　　新华网北京12月27日电（记者王某）国务院新闻办公室27日发表白皮书，全面介绍中国的国防政策。\n　　这是中国第五次发表国防白皮书，白皮书全文约三万字。"


def _rss(head="", tail="</channel>\n</rss>\n"):
    return (f'<?xml version="1.0" encoding="gb2312"?>{head}\n<rss version="0.92">\n<channel>\n'
            "\t<title>Let's talk.</title>\n\t<link>http://blog.example.com</link>\n"
            "\t<description>Just another weblog</description>\n"
            "\t<item>\n\t\t<title>中国发表国防白皮书</title>\n"
            f"\t\t<description>{BODY}</description>\n\t\t<link>http://blog.example.com/2004/12/27/x/</link>\n\t</item>\n{tail}")


def _meta(text):
    pieces, clues = records.parse(text)
    return {clue.key: clue.value for clue in clues}


def test_comment_after_declaration_and_cut_after_item_is_a_feed_record():
    text = _rss('<!-- generator="wordpress/1.5" -->\n<!--\nSource: http://blog.example.com/feed/\n-->', tail="")
    assert reader_for(text, "a.xml") is records
    assert _meta(text).get("title") == "中国发表国防白皮书"


def test_cut_rdf_feed_after_its_item():
    text = ('<?xml version="1.0"?>\n<rdf:RDF xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
            '<channel rdf:about="http://b.example.com/"><title>小屋</title><link>http://b.example.com/</link></channel>\n'
            '<item rdf:about="http://b.example.com/1.html"><title>标题在此</title><dc:date>2005-10-13T16:06:29Z</dc:date>'
            f"<description>{BODY}</description></item>\n")
    assert reader_for(text, "a.rdf") is records
    assert _meta(text).get("title") == "标题在此"


def test_whole_feed_still_read_and_comment_alone_still_a_record():
    assert reader_for(_rss(), "a.xml") is records
    assert reader_for(_rss("<!-- note -->"), "a.xml") is records


def test_near_misses_stay_out():
    # a page behind a declaration and a comment is a page; a cut non-feed element is no record
    page = '<?xml version="1.0"?><!-- saved --><html><body><p>正文。</p></body></html>'
    assert reader_for(page, "a.xml") is not records
    cut = '<?xml version="1.0"?><!-- x --><doc><title>标题</title><item>正文</item>'
    assert reader_for(cut, "a.xml") is not records


def _clues(text):
    return records.parse(text)[1]


def test_channel_title_is_a_page_outlet_clue_and_item_creator_is_no_format_author():
    text = ('<?xml version="1.0"?>\n<rdf:RDF xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
            '<channel rdf:about="http://b.example.com/"><title>Edwin的小屋</title></channel>\n'
            '<item rdf:about="http://b.example.com/1.html"><title>标题在此</title><dc:creator>Edwin</dc:creator>'
            f"<description>{BODY}</description></item>\n")
    clues = _clues(text)
    assert any(c.key == "outlet" and c.value == "Edwin的小屋" and c.strength == "page" for c in clues)
    assert [c.strength for c in clues if c.key == "author"] == ["page"]


def test_text_byline_beats_feed_creator_and_text_outlet_beats_channel(tmp_path):
    from zhnews.load import load_article
    body = BODY.replace("（记者王某）", "") + "\n　　全文完，写到这里为止，其余内容见报。\n(作者： 严某 )"
    path = tmp_path / "one.xml"
    path.write_text(_rss(tail="").replace(BODY, body).replace("<item>", "<item>\n\t\t<dc:creator>Edwin</dc:creator>"), encoding="utf-8")
    meta = load_article(path).meta
    assert meta["author"] == "严某"
    path.write_text(_rss(tail=""), encoding="utf-8")
    assert load_article(path).meta["outlet"] == "新华网"


def test_channel_outlet_when_the_text_names_none(tmp_path):
    from zhnews.load import load_article
    path = tmp_path / "two.xml"
    path.write_text(_rss(tail="").replace("新华网北京12月27日电（记者王某）", ""), encoding="utf-8")
    meta = load_article(path).meta
    assert meta["outlet"] == "Let's talk"
    assert meta["title"] == "中国发表国防白皮书"


def test_channel_fields_are_chrome_paragraphs_of_their_own(tmp_path):
    from zhnews.load import load_article
    path = tmp_path / "three.xml"
    path.write_text(_rss('<!-- generator="wordpress" -->', tail=""), encoding="utf-8")
    article = load_article(path)
    rows = article.paragraphs
    chrome = rows[rows.role == "boilerplate"].text.tolist()
    assert chrome[:3] == ["Let's talk.", "http://blog.example.com", "Just another weblog"]
    assert article.coverage.ratio == 1.0
    assert rows[rows.role == "title"].text.tolist() == ["中国发表国防白皮书"]
