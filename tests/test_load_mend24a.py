"""Round 23 (mend24a): the loader's misses on fresh22.

* An article pasted into a source file of a web project (fresh22 721 a React component, 722 a Vue single-file
  component, 724 a PHP data backup whose article is an escaped HTML string in an SQL statement): the source reader
  keeps the markup where the file holds it and the HTML reader reads it; the code (imports, ``export default``, the
  ``<template>`` wrapper, strings with no markup) is never the headline nor body.
* A file the HTML parser reads nothing of (all of it server code) falls back to the next reader instead of failing.

Every article below is made up (names, places, dates invented) in the shapes of the fresh22 files; near-misses: a
PHP or JSP template that is a page (its directives closed, the page after them) stays the HTML reader's; a JavaScript
module with no markup is no source-file article; a Markdown text that mentions ``import`` is still Markdown.
"""

from conftest import load_text, role_of

from zhnews.load import markdown, sourcefile
from zhnews.load.readers import reader_for

HEADLINE = "城西新建两座口袋公园本月开放"
LEAD = "城西区新建的两座口袋公园将于本月中旬向市民开放，总面积约一万二千平方米，设有儿童游乐区和健身步道。"
SECOND = "区园林局负责人介绍，两座公园的绿化以本地树种为主，并配建了公共卫生间和直饮水点，方便周边居民使用。"
THIRD = "据了解，今年全区还将新建口袋公园六座，进一步提升居民出门见绿的便利程度，让更多市民就近享受休闲空间。"


def body_texts(article) -> list[str]:
    table = article.paragraphs
    return list(table.loc[table["role"] == "body", "text"])


# ------------------------------------------------------------------------------------ markup in the code

REACT = f"""import './css/App0805-2.css'
import React from 'react'
function App() {{
    return(
        <>
        <div className="wrap">
            <h1>{HEADLINE}</h1>
            <p>{LEAD}</p>
            <p>{SECOND}</p>
            <p>{THIRD}</p>
        </div>
        </>
    )
}}
export default App;
"""

VUE = f"""<template>
\t<Head>
\t\t<Title>「{HEADLINE} </Title>
\t\t<Meta name="description" content="{HEADLINE}" />
\t</Head>
\t<Container>
\t\t<div class="col-12">
\t\t\t<h3 class="rich_media_title">{HEADLINE}</h3>
\t\t\t<article>
\t\t\t\t<p>{LEAD}</p>
\t\t\t\t<p>{SECOND}</p>
\t\t\t\t<p>{THIRD}</p>
\t\t\t</article>
\t\t</div>
\t</Container>
</template>
<script>
export default {{ name: 'Park', data() {{ return {{ title: '页面' }} }} }}
</script>
<style scoped>
.col-12 {{ width: 100%; }}
</style>
"""


def test_react_component_headline_is_its_h1_not_the_import(tmp_path):
    article = load_text(tmp_path, "App0805.jsx", REACT)
    assert article.meta["format"] == "source"
    assert article.meta["title"] == HEADLINE
    assert body_texts(article) == [LEAD, SECOND, THIRD]
    assert article.coverage.ratio == 1.0


def test_react_component_under_another_name_is_sniffed_by_its_code(tmp_path):
    # the content decides: a .txt holding the same component is read the same way
    article = load_text(tmp_path, "component.txt", REACT.replace("import './css/App0805-2.css'\n", ""))
    assert article.meta["title"] == HEADLINE
    assert "export default App;" not in " ".join(article.paragraphs["text"])


def test_vue_component_unwraps_its_template_and_drops_its_script(tmp_path):
    article = load_text(tmp_path, "gdx.vue", VUE)
    assert article.meta["format"] == "source"
    assert article.meta["title"] == HEADLINE
    assert body_texts(article) == [LEAD, SECOND, THIRD]
    assert not any("<template>" in text or "export default" in text for text in article.paragraphs["text"])


def test_vue_component_with_its_script_first(tmp_path):
    script = "<script setup>\nconst title = ref('页面')\n</script>\n"
    article = load_text(tmp_path, "gdx.vue", script + VUE.split("<script>")[0])
    assert article.meta["title"] == HEADLINE
    assert body_texts(article) == [LEAD, SECOND, THIRD]


# ------------------------------------------------------------------------------------ markup in strings

def _php_backup(content: str) -> str:
    escaped = content.replace('"', '\\"')
    return ("<?php if(!defined('HDPHP_PATH'))EXIT;\n"
            "$db->exe(\"REPLACE INTO \".$db_prefix.\"article_data (`keywords`,`description`,`content`,`article_aid`)\n"
            f"\t\t\t\t\t\tVALUES('','羊年来到，全新一年，全新开始','{escaped}',3)\");\n"
            "$db->exe(\"REPLACE INTO \".$db_prefix.\"article_data (`keywords`,`description`,`content`,`article_aid`)\n"
            "\t\t\t\t\t\tVALUES('','1111','<p>1111</p>',5)\");\n")


PHP_CONTENT = (f'<h1 class="artTitle">{HEADLINE}</h1><p><span id="pubtime_baidu">发布时间： 2019-04-05 08:30:00</span>'
               '&nbsp;|&nbsp;<span id="source_baidu">来源： 滨江日报</span>&nbsp;|&nbsp;'
               '<span id="author_baidu">作者： 林晓帆</span></p>'
               f'<p style="TEXT-INDENT: 30px">{LEAD}</p><p style="TEXT-INDENT: 30px">{SECOND[:20]}\n{SECOND[20:]}</p>'
               f'<p style="TEXT-INDENT: 30px">{THIRD}</p>')


def test_php_backup_reads_the_escaped_html_string_of_its_sql_statement(tmp_path):
    article = load_text(tmp_path, "article_data_bk_2.php", _php_backup(PHP_CONTENT))
    assert article.meta["format"] == "source"
    assert article.meta["title"] == HEADLINE
    assert article.meta["publish_date"] == "2019-04-05"
    assert article.meta["author"] == "林晓帆"
    bodies = body_texts(article)
    assert LEAD in bodies and THIRD in bodies
    # the SQL around the strings and the description string with no markup are code, not text
    assert not any("VALUES" in text or "羊年来到" in text or "REPLACE" in text for text in article.paragraphs["text"])
    assert article.coverage.ratio == 1.0


def test_javascript_building_a_page_from_a_string(tmp_path):
    script = ("const box = document.getElementById('news');\n"
              f"box.innerHTML = '<h1>{HEADLINE}</h1><p>{LEAD}</p>' +\n"
              f"    '<p>{SECOND}</p><p>{THIRD}</p>';\n")
    article = load_text(tmp_path, "news.js", script)
    assert article.meta["format"] == "source"
    assert article.meta["title"] == HEADLINE
    assert body_texts(article) == [LEAD, SECOND, THIRD]


def test_markup_of_keeps_every_line_where_it_was():
    source = _php_backup(PHP_CONTENT)
    assert sourcefile.markup_of(source).count("\n") == source.count("\n")
    assert sourcefile.markup_of(REACT).count("\n") == REACT.count("\n")


# ------------------------------------------------------------------------------------ near-misses

def test_php_template_that_is_a_page_stays_html():
    page = (f"<?php include 'header.php'; ?>\n<html><body><h1>{HEADLINE}</h1><p>{LEAD}</p><p>{SECOND}</p>"
            "</body></html>\n")
    assert not sourcefile.sniff(page, "news.php")
    assert reader_for(page, "news.php").NAME == "html"


def test_jsp_page_stays_html():
    page = ('<%@ page language="java" contentType="text/html; charset=UTF-8"%>\n<!DOCTYPE html>\n<html><body>'
            f"<h4>{HEADLINE}</h4><p>{LEAD}</p></body></html>\n")
    assert reader_for(page, "news.jsp").NAME == "html"


def test_javascript_module_without_markup_is_no_source_article():
    module = "import React from 'react'\nexport const title = '城西公园';\n"
    assert not sourcefile.sniff(module, "title.js")


def test_markdown_that_mentions_import_is_still_markdown():
    text = f"# {HEADLINE}\n\n{LEAD}\n\n**import** 一词在这里只是普通文字。\n"
    assert reader_for(text, "note.md") is markdown


def test_file_all_server_code_falls_back_instead_of_failing(tmp_path):
    # a PHP file left open whose text no tag holds: the HTML parser reads nothing, plain text reads the article
    text = f"<?php\n/*\n{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n*/\necho '</p>';\n"
    article = load_text(tmp_path, "note.php", text)
    assert LEAD in " ".join(article.paragraphs["text"])
    assert role_of(article, LEAD)[0] == "body"


# ------------------------------------------------------------------------------------ outlets and dates the text states

def _story(tmp_path, bottom: str, name: str = "story.md"):
    return load_text(tmp_path, name, f"# {HEADLINE}\n\n{LEAD}\n\n{SECOND}\n\n{THIRD}\n\n{bottom}\n")


def test_source_note_with_a_reprint_ban_names_the_outlet(tmp_path):
    article = _story(tmp_path, "本文来自星河科普，未经授权不得转载.\n\n如有需要请联系 sns@example.com")
    assert article.meta["outlet"] == "星河科普"
    assert role_of(article, "本文来自星河科普，未经授权不得转载.")[0] == "boilerplate"


def test_source_note_of_the_web_with_a_reprint_ban_names_no_outlet(tmp_path):
    assert _story(tmp_path, "本文来自网络，未经授权不得转载。").meta["outlet"] in (None, "")


def test_copyright_notice_naming_whose_leave_a_reprint_needs(tmp_path):
    notice = "版权声明：未经滨江日报书面授权许可，任何机构和个人不得以任何形式复制、引用本文内容和观点。"
    assert _story(tmp_path, notice).meta["outlet"] == "滨江日报"


def test_copyright_notice_of_a_known_outlet_not_ending_like_one(tmp_path):
    notice = "版权声明：未经万得书面授权许可，任何机构和个人不得以任何形式复制、引用本文内容和观点。"
    assert _story(tmp_path, notice).meta["outlet"] == "万得"


def test_copyright_notice_naming_the_writer_or_this_site_names_no_outlet(tmp_path):
    for notice in ("未经作者书面授权许可，任何机构和个人不得转载本文。", "未经本报书面授权，不得转载、摘编本报内容。",
                   "未经书面授权许可，任何机构和个人不得转载本文。"):
        assert _story(tmp_path, notice).meta["outlet"] in (None, ""), notice


NOTICE_TAIL = "第十条 本办法自公布之日起施行。"


def test_signature_date_closing_a_notice(tmp_path):
    article = _story(tmp_path, f"{NOTICE_TAIL}\n\n城西区园林绿化管理委员会\n\n2021 年 9 月 25 日")
    assert article.meta["publish_date"] == "2021-09-25"


def test_signature_date_comes_after_a_dated_byline(tmp_path):
    text = f"# {HEADLINE}\n\n发布时间：2021-09-26 10:00\n\n{LEAD}\n\n{SECOND}\n\n城西区园林绿化管理委员会\n\n2021年9月25日\n"
    assert load_text(tmp_path, "story.md", text).meta["publish_date"] == "2021-09-26"


def test_date_line_that_is_no_signature_gives_no_date(tmp_path):
    # the date line is followed by more text, or stands under a sentence rather than a signer's name
    assert _story(tmp_path, f"城西区园林绿化管理委员会\n\n2021 年 9 月 25 日\n\n{NOTICE_TAIL}").meta["publish_date"] in (None, "")
    assert _story(tmp_path, f"{NOTICE_TAIL}\n\n2021 年 9 月 25 日").meta["publish_date"] in (None, "")


# ------------------------------------------------------------------------------------ an object copied from a console

README = """This project was bootstrapped with [Create React App](https://github.com/facebook/create-react-app).

## Available Scripts

In the project directory, you can run:

### `yarn start`

Runs the app in the development mode.<br />
Open [http://localhost:3000](http://localhost:3000) to view it in the browser.

### todolist
* navbar
* Bread crumbs

"""


def _console_dump(body_key: str = "drecontent", title_key: str = "dretitle") -> str:
    content = f"【滨江新闻网－城西電】{LEAD}\\n　　<font color='red'>口袋公园</font>{SECOND}\\n　　{THIRD}"
    return (f'author: "網站提供"\n{body_key}: "{content}"\n'
            f'dredate: "2022-02-09"\ndrereference: "201592961391686920220209"\n{title_key}: "{HEADLINE}"\n'
            "nterms: (2) ['缺貨(0.9)', '吃緊(1)']\nsource_mfp: \"滨江新闻网\"\ntime: \"0959\"\ntone: \"1\"\n")


def test_readme_with_an_object_copied_from_the_console(tmp_path):
    article = load_text(tmp_path, "README.md", README + _console_dump())
    assert article.meta["format"] == "record"
    assert article.meta["title"] == HEADLINE
    assert article.meta["publish_date"] == "2022-02-09"
    assert article.meta["outlet"] == "滨江新闻网"
    assert article.meta["author"] in (None, "")  # 網站提供, "provided by the site", names no writer
    assert role_of(article, "## Available Scripts")[0] == "boilerplate"
    bodies = " ".join(body_texts(article))
    assert LEAD in bodies and "口袋公园" + SECOND in bodies and "<font" not in bodies
    assert article.coverage.ratio == 1.0


def test_console_object_alone_is_a_record(tmp_path):
    article = load_text(tmp_path, "dump.txt", _console_dump(body_key="content", title_key="title"))
    assert article.meta["title"] == HEADLINE
    assert THIRD in " ".join(body_texts(article))


def test_console_object_without_a_body_is_no_record():
    text = README + 'name: "web-cv"\nversion: "0.1.0"\nprivate: true\nlicense: "MIT"\nauthor: "oaoxd"\n'
    assert reader_for(text, "README.md") is markdown


def test_front_matter_at_the_top_is_no_console_object():
    text = f'---\ntitle: "{HEADLINE}"\ndate: "2022-02-09"\n---\n\n{LEAD}\n\n{SECOND}\n'
    assert reader_for(text, "post.md") is markdown


def test_bracketed_dateline_opening_a_lead_is_no_header_field(tmp_path):
    text = f"{HEADLINE}\n\n【滨江日报城西電】{LEAD}\n\n{SECOND}\n\n{THIRD}\n"
    article = load_text(tmp_path, "story.txt", text)
    assert any(LEAD in text for text in body_texts(article))


def test_bracketed_header_fields_are_still_fields(tmp_path):
    text = f"【标题】{HEADLINE}\n【作者】林晓帆\n\n{LEAD}\n\n{SECOND}\n"
    article = load_text(tmp_path, "story.txt", text)
    assert article.meta["title"] == HEADLINE
    assert article.meta["author"] == "林晓帆"


# ------------------------------------------------------------------------------------ promotion under the article

LONG = [f"{LEAD}{n}" for n in range(6)]


def test_course_sales_page_under_a_speech_is_chrome(tmp_path):
    course = ("## 课程引言\n\n任正非在公司内部主要做两件事：一是做文化教员，二是抓干部队伍建设，这两件事是企业一把手最需要关注的。\n\n"
              "## 课程特色\n\n为让更多企业家深入了解干部管理机制，本公司特邀两位前资深高管莅临分享他们多年来的管理实践与思考。\n\n"
              "## 课程收益\n\n1、深入了解干部管理机制设计背后的顶层思考与核心逻辑，借鉴成熟企业的干部管理经验。")
    article = _story(tmp_path, "\n\n".join(LONG) + "\n\n" + course)
    assert role_of(article, "课程特色")[0] == "boilerplate"
    assert not any("干部管理机制" in text for text in body_texts(article))
    assert LONG[-1] in body_texts(article)


def test_story_about_a_course_keeps_its_course_section(tmp_path):
    # the heading with most of the story under it closes nothing
    story = (f"## 课程特色\n\n" + "\n\n".join(f"这门课程的第{n}个特色是把城西公园当作课堂，学生每周在公园里观察树木和鸟类，并写下观察记录。"
                                              for n in range(8)))
    article = _story(tmp_path, story)
    assert sum("观察记录" in text for text in body_texts(article)) == 8


def test_note_that_the_text_is_a_speech_transcript_is_chrome(tmp_path):
    note = "本文为张建华在城西论坛所作《城市绿地的未来》演讲精编，转自于某某岛，内容未经讲者审阅。"
    text = f"# {HEADLINE}\n\n{note}\n\n{LEAD}\n\n{SECOND}\n\n{THIRD}\n"
    article = load_text(tmp_path, "talk.md", text)
    assert role_of(article, note)[0] == "boilerplate"


def test_sentence_about_a_speech_in_the_body_stays(tmp_path):
    sentence = "本文为读者梳理了张建华在城西论坛上的演讲要点，其中三点值得关注。"
    text = f"# {HEADLINE}\n\n{LEAD}\n\n{sentence}{SECOND}\n\n{THIRD}\n"
    assert any(sentence in text for text in body_texts(load_text(tmp_path, "talk.md", text)))


def test_book_card_under_an_interview_is_chrome(tmp_path):
    card = ("文中提及的张建华著作为城西出版社新书《口袋公园》，张建华著，城西出版社，2023 年 7 月\n\nBOOK TIME\n\n《口袋公园》\n\n"
            "[美] 张建华 著\n\n2023 年 7 月 出版\n\n点击图书封面可直接购买")
    article = _story(tmp_path, card)
    for line in ("BOOK TIME", "《口袋公园》", "2023 年 7 月 出版", "点击图书封面可直接购买"):
        assert role_of(article, line)[0] == "boilerplate", line
    assert body_texts(article) == [LEAD, SECOND, THIRD]


def test_body_sentence_about_a_book_stays(tmp_path):
    sentence = "文中提及的这本书，作者用了十年时间走访城西的每一座公园。"
    text = f"# {HEADLINE}\n\n{LEAD}\n\n{sentence}\n\n{SECOND}\n\n{THIRD}\n"
    assert sentence in body_texts(load_text(tmp_path, "story.md", text))


def test_masthead_in_two_scripts_names_the_account(tmp_path):
    text = f"# {HEADLINE}\n\n**城西观察**\n\nWest Park Review\n\n{LEAD}\n\n{SECOND}\n\n{THIRD}\n"
    article = load_text(tmp_path, "story.md", text)
    assert article.meta["outlet"] == "城西观察"
    assert role_of(article, "West Park Review")[0] == "boilerplate"


def test_heading_over_a_sentence_in_english_is_no_masthead(tmp_path):
    text = f"# {HEADLINE}\n\n**城西观察**\n\nThe parks open this month.\n\n{LEAD}\n\n{SECOND}\n\n{THIRD}\n"
    assert load_text(tmp_path, "story.md", text).meta["outlet"] in (None, "")


# ------------------------------------------------------------------------------------ captions of an event report

def _event_report(captions: list[str]) -> str:
    parts = [f"<h1>{HEADLINE}</h1>", f"<p>{LEAD}</p>", f"<p>{SECOND}</p>"]
    for number, caption in enumerate(captions):
        parts += [f"<p><strong>第{number + 1}站——城西公园</strong></p>", "<p>2020年12月7日·城西区口袋公园一号园区</p>",
                  f"<p>在第{number + 1}站，代表们参观了公园的儿童游乐区和健身步道，并与园林局负责人座谈交流。</p>",
                  f'<div class="pgc-img"><img src="https://example.com/{number}.jpg"><p class="pgc-img-caption"></p></div>',
                  f'<p style="text-align: center">{caption}</p>']
    parts.append(f"<p>{THIRD}</p>")
    return "<html><body>" + "\n".join(parts) + "</body></html>"


def test_captions_of_an_event_report_outnumbering_its_paragraphs(tmp_path):
    captions = ["城西区园林局局长张建华在公园现场分享", "城西公园联盟一行与园林局全体合影留念", "城西区政府与园林局战略合作协议签约",
                "城西区市民代表李晓红在公园现场分享", "城西公园的志愿者们在公园门口合影留念"]
    article = load_text(tmp_path, "report.html", _event_report(captions))
    for caption in captions:
        assert role_of(article, caption)[0] == "caption", caption
    assert THIRD in body_texts(article)


def test_unpunctuated_text_keeps_its_short_lines_under_pictures(tmp_path):
    # a text that ends no sentence with punctuation: a short line under a picture says nothing by being unfinished
    lines = "\n".join(f"<p>城西区新建的口袋公园第{n}座将于本月中旬正式开放 市民周末可以带孩子去公园里玩</p>" for n in range(6))
    page = (f"<html><body><h1>{HEADLINE}</h1>{lines}<img src='https://example.com/a.jpg'>"
            "<p>公园里的儿童游乐区很受欢迎 周末人很多</p>" + lines + "</body></html>")
    article = load_text(tmp_path, "story.html", page)
    assert role_of(article, "公园里的儿童游乐区很受欢迎 周末人很多")[0] == "body"


def test_pictures_and_videos_from_a_paper_s_supplement_are_captions(tmp_path):
    lines = ["研究者还用了鹌鹑蛋，害怕不？| 原论文补充材料", "原论文补充材料 Movie S4", "视频来源：原论文补充材料 Movie S1~3"]
    text = (f"# {HEADLINE}\n\n{LEAD}\n\n![图片](https://example.com/a.jpg)\n\n{lines[0]}\n\n{SECOND}\n\n"
            f"研究者还拍下了葡萄产生等离子体的瞬间：\n\n{lines[1]}\n\n![](https://example.com/b.gif)\n\n{lines[2]}\n\n{THIRD}\n")
    article = load_text(tmp_path, "story.md", text)
    for line in lines:
        assert role_of(article, line)[0] == "caption", line


def test_body_sentence_citing_a_paper_s_supplement_stays(tmp_path):
    sentence = "论文的补充材料里还有更多实验视频，研究者一共测试了十几种水果。"
    text = f"# {HEADLINE}\n\n{LEAD}\n\n{sentence}\n\n{SECOND}\n\n{THIRD}\n"
    assert sentence in body_texts(load_text(tmp_path, "story.md", text))


def test_compiled_from_a_paper_line_is_chrome_and_names_no_outlet(tmp_path):
    line = "编译来源：Zhang San, Li Si, Linking parks to child health, PNAS. 2019. DOI: 10.1073/pnas.0000000000"
    article = _story(tmp_path, f"翻译：林晓帆\n\n{line}")
    assert role_of(article, line)[0] == "boilerplate"
    assert article.meta["outlet"] in (None, "")


# ------------------------------------------------------------------------------------ a text one clause a line

CLAUSES = ["近日", "城西区的王女士", "收到父亲送来的", "一本健康日历", "翻开后", "王女士发现", "老父亲在日历上", "认认真真写满了对她的嘱咐",
           "王女士表示", "随着父亲年纪渐大", "习惯把想说的都记录下来。"]


def test_text_one_clause_a_line_has_a_tail(tmp_path):
    tail = ["来源：城西之声（ID：cxzs001）、某某视频等", "编辑：王朝、李永锡"]
    text = f"# {HEADLINE}\n\n" + "\n\n".join(CLAUSES + tail) + "\n"
    article = load_text(tmp_path, "story.md", text)
    for line in tail:
        assert role_of(article, line)[0] == "boilerplate", line
    assert body_texts(article) == CLAUSES


def test_text_one_clause_a_line_without_credits_keeps_every_line(tmp_path):
    text = f"# {HEADLINE}\n\n" + "\n\n".join(CLAUSES) + "\n"
    assert body_texts(load_text(tmp_path, "story.md", text)) == CLAUSES


def test_aggregator_link_to_the_publisher_names_the_outlet(tmp_path):
    assert _story(tmp_path, "看更多CTWANT報導").meta["outlet"] == "CTWANT"
    assert _story(tmp_path, "更多城西晚报新闻").meta["outlet"] == "城西晚报"


def test_link_to_more_news_of_a_kind_names_no_outlet(tmp_path):
    for line in ("更多精彩新闻", "看更多相关报道", "更多财经新闻", "看更多新闻"):
        assert _story(tmp_path, line).meta["outlet"] in (None, ""), line


def test_risk_notice_label_set_as_a_heading_over_the_disclaimer_is_chrome(tmp_path):
    disclaimer = "风险提示：市场有风险，投资需谨慎。本文所提供内容仅供参考，不构成对任何人的投资建议。"
    article = _story(tmp_path, f"## 风险提示\n\n{disclaimer}")
    assert role_of(article, "风险提示")[0] == "boilerplate"
    assert role_of(article, disclaimer)[0] == "boilerplate"


def test_risk_named_inside_a_heading_of_the_body_stays(tmp_path):
    text = f"# {HEADLINE}\n\n{LEAD}\n\n## 风险提示与应对\n\n{SECOND}\n\n{THIRD}\n"
    assert role_of(load_text(tmp_path, "story.md", text), "风险提示与应对")[0] != "boilerplate"


def test_dateline_of_a_site_and_its_paper_joined_by_a_hyphen(tmp_path):
    text = f"{HEADLINE}\n\n城西新闻网-城西日报南宁讯（记者 林晓帆 通讯员 张建华）{LEAD}\n\n{SECOND}\n\n{THIRD}\n"
    article = load_text(tmp_path, "story.txt", text)
    assert article.meta["author"] in ("林晓帆", "林晓帆、张建华")
    assert LEAD in body_texts(article)
    assert role_of(article, "城西新闻网-城西日报南宁讯（记者 林晓帆 通讯员 张建华）")[0] == "byline"


def test_hyphen_inside_a_sentence_is_no_dateline(tmp_path):
    sentence = "京津冀-长三角协同发展讯息（记者 林晓帆 整理）显示，城西区的口袋公园建设走在前列，市民反响很好。"
    text = f"{HEADLINE}\n\n{LEAD}\n\n{sentence}\n\n{SECOND}\n"
    assert sentence in body_texts(load_text(tmp_path, "story.txt", text))


# ------------------------------------------------------------------------------------ an article pasted into a README

def test_article_pasted_into_a_project_readme(tmp_path):
    readme = ("# Getting Started with Create React App\n\nThis project was bootstrapped with "
              "[Create React App](https://github.com/facebook/create-react-app).\n\n## Available Scripts\n\n"
              "In the project directory, you can run:\n\n### `npm start`\n\nRuns the app in the development mode.<br />\n"
              "Open [http://localhost:3000](http://localhost:3000) to view it in your browser.\n\n")
    article = load_text(tmp_path, "README.md", readme + f"## {HEADLINE}\n\n{LEAD}\n\n{SECOND}\n\n{THIRD}\n")
    assert article.meta["title"] == HEADLINE
    assert body_texts(article) == [LEAD, SECOND, THIRD]


def test_vue_cli_readme_headings_are_no_headline(tmp_path):
    readme = "## Project setup\n\n```\nnpm install\n```\n\n### Compiles and hot-reloads for development\n\n```\nnpm run serve\n```\n\n"
    article = load_text(tmp_path, "README.md", readme + f"{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n\n{THIRD}\n")
    assert article.meta["title"] not in ("Project setup", "Compiles and hot-reloads for development")
    assert role_of(article, "Project setup")[0] == "boilerplate"


def test_a_heading_that_only_starts_like_a_template_line_stays(tmp_path):
    text = f"# {HEADLINE}\n\n{LEAD}\n\n## Learn More about the parks\n\n{SECOND}\n\n{THIRD}\n"
    assert role_of(load_text(tmp_path, "story.md", text), "Learn More about the parks")[0] == "body"


def test_closing_news_source_credit_names_paper_and_reporter(tmp_path):
    for credit in ("(新聞來源 : 城西時報一林曉帆／台北報導)", "（新聞來源：城西時報─林曉帆／台北報導）"):
        text = f"{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n\n{THIRD}{credit}\n"
        meta = load_text(tmp_path, "story.txt", text).meta
        assert (meta["outlet"], meta["author"]) == ("城西時報", "林曉帆"), credit


def test_news_source_credit_of_several_sources_names_no_reporter(tmp_path):
    text = f"{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n\n{THIRD}（新聞來源：綜合外電、網路資料）\n"
    assert load_text(tmp_path, "story.txt", text).meta["author"] in (None, "")


def test_bracketed_wire_dateline_with_its_place_is_cut_off_the_lead(tmp_path):
    text = f"{HEADLINE}\n\n【城西時報－台北電】{LEAD}\n\n{SECOND}\n\n{THIRD}\n"
    article = load_text(tmp_path, "story.txt", text)
    assert LEAD in body_texts(article)
    assert role_of(article, "【城西時報－台北電】")[0] == "byline"
    assert article.meta["outlet"] == "城西時報"


def test_bracketed_heading_with_a_dash_stays(tmp_path):
    line = "【城西－城东】两区公园互通工程启动，市民步行即可往来两地。"
    text = f"{HEADLINE}\n\n{LEAD}\n\n{line}\n\n{SECOND}\n"
    assert line in body_texts(load_text(tmp_path, "story.txt", text))


def test_video_player_label_left_inside_the_text_is_chrome(tmp_path):
    text = f"# {HEADLINE}\n\n{LEAD}\n\n播放\n\n{SECOND}\n\n{THIRD}\n"
    article = load_text(tmp_path, "story.md", text)
    assert role_of(article, "播放")[0] == "boilerplate"
    assert body_texts(article) == [LEAD, SECOND, THIRD]


def test_other_control_label_alone_inside_the_text_stays(tmp_path):
    text = f"# {HEADLINE}\n\n{LEAD}\n\n推荐\n\n{SECOND}\n\n{THIRD}\n"
    assert role_of(load_text(tmp_path, "story.md", text), "推荐")[0] != "boilerplate"


def test_dateline_credit_with_no_gaps_names_the_writers_not_the_helper(tmp_path):
    text = f"{HEADLINE}\n\n城西网-城西日报讯(记者林晓帆曾嫣然通讯员城公宣){LEAD}\n\n{SECOND}\n\n{THIRD}\n"
    assert load_text(tmp_path, "story.txt", text).meta["author"] == "林晓帆、曾嫣然"


def test_swipe_hint_under_a_carousel_is_its_caption(tmp_path):
    hint = "←左右滑动 看公园里的四季→"
    text = f"# {HEADLINE}\n\n{LEAD}\n\n![](https://example.com/a.jpg)\n\n{hint}\n\n{SECOND}\n\n{THIRD}\n"
    assert role_of(load_text(tmp_path, "story.md", text), hint)[0] == "caption"


def test_bare_swipe_prompt_stays_page_chrome(tmp_path):
    text = f"# {HEADLINE}\n\n{LEAD}\n\n左右滑动查看更多\n\n{SECOND}\n\n{THIRD}\n"
    assert role_of(load_text(tmp_path, "story.md", text), "左右滑动查看更多") == ("boilerplate", "page_chrome")
