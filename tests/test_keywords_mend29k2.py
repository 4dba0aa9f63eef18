"""Keywords mends of round 28's second wave (branch mend29k2): a word that much of all news uses weighs less outside
the headline (phrases.COMMON_NEWS_FACTOR). The shapes of the seen articles, made-up variants and near-misses."""

import pandas as pd

from zhnews import keywords
from zhnews.keywords import phrases as phrase_module
from zhnews.keywords.tokens import _is_source_line

from keyword_helpers import phrase_weights as _phrases, paragraph_texts as _texts

COMMON = "a word common in all news"


# A trade report (fresh31 921): the country and 同比 stand in every paragraph, the headline names the trade route.
TRADE = _texts(
    "中欧班列开行数量再创新高",
    "今年前三季度，中国与中东欧国家贸易额同比增长，中欧班列开行数量同比增长两成。",
    "中国海关数据显示，中欧班列运输货物同比增加，中国企业对中东欧国家出口同比增长。",
    "中国商务部表示，中欧班列将继续扩大开行，中国与中东欧国家合作前景广阔。",
    "业内人士认为，中欧班列已成为中国对外贸易的重要通道，同比增速仍将保持。",
)


def test_a_country_and_a_measure_every_report_names_weigh_less_outside_the_headline():
    phrases = _phrases(TRADE, title_ids={0})
    for word in ("中国", "同比"):
        assert COMMON in phrases[word].reason
    assert COMMON not in phrases["中欧班列"].reason


def test_the_common_word_falls_below_the_story_s_own_term():
    phrases = _phrases(TRADE, title_ids={0})
    assert phrases["中欧班列"].weight > phrases["中国"].weight


def test_a_lone_country_name_beside_a_person_weighs_less():
    # fresh31 927's shape: 意大利名将德蒂, the country said in passing, the athlete the story's actor.
    texts = _texts(
        "德蒂夺得男子一百米冠军",
        "意大利名将德蒂在决赛中跑出好成绩，德蒂赛后表示很满意。",
        "德蒂此前在意大利国内赛上状态出色，意大利田协对他寄予厚望。",
        "德蒂将代表意大利参加下个月的世锦赛。",
    )
    phrases = _phrases(texts, title_ids={0})
    if "意大利" in phrases:
        assert COMMON in phrases["意大利"].reason
    assert COMMON not in phrases["德蒂"].reason


def test_near_miss_the_headline_naming_the_common_word_keeps_it():
    # A statistics bulletin whose headline says 同比 (test 47's gold tags 同比 and 环比): the measure is the subject.
    texts = _texts(
        "五月居民消费价格同比上涨环比下降",
        "五月份，全国居民消费价格同比上涨百分之二，环比下降百分之零点二。",
        "其中食品价格同比上涨，环比下降；非食品价格同比上涨，环比持平。",
        "城市居民消费价格同比上涨，农村同比上涨，环比均有下降。",
    )
    phrases = _phrases(texts, title_ids={0})
    assert COMMON not in phrases["环比"].reason


def test_near_miss_a_phrase_holding_a_common_word_is_not_one_word():
    phrases = _phrases(TRADE, title_ids={0})
    assert all(COMMON not in p.reason for key, p in phrases.items() if len(p.parts) > 1)


def test_near_miss_a_word_rare_in_news_keeps_its_weight():
    # 警方 (under a hundredth of the news) and 疫情 are the topic of their stories more often than the setting.
    assert phrase_module.COMMON_NEWS_SHARE > 0.01
    texts = _texts("警方通报一起案件", "警方表示，案件正在调查。", "警方提醒市民注意防范，警方将依法处理。")
    phrases = _phrases(texts, title_ids={0})
    assert "警方" not in phrases or COMMON not in phrases["警方"].reason


# --- a program source file carrying a news item (fresh27 849, fresh30 902, 906-909): the code is no keyword ---


def test_lines_of_program_source_are_blanked():
    lines = (
        "import android.view.View;", "private String newsId;", "}", "@Override", "@BindView(R.id.news_detail_header)",
        "// .getNewsDetail(newsId)", "private void initWebView()", "mWebView.getSettings().setBuiltInZoomControls(false);",
        "public static class PlateBean {/",
    )
    texts = keywords.paragraph_texts(pd.DataFrame({"para_id": range(len(lines)), "text_zhs": lines}))
    assert all(not text.strip() for text in texts.values())


def test_made_up_source_lines_of_other_languages_are_blanked_too():
    assert _is_source_line("const data = fetchNews(url);")
    assert _is_source_line("print(result)")
    assert _is_source_line("/* 2018 */")


def test_the_code_around_a_han_string_is_blanked_and_the_string_kept():
    texts = _texts(
        'System.out.println("断词前："+e);',
        'log.info("文件上传成功：{}", file.getAbsoluteFile());',
        'list.add(new HotNews("台北商圈", "test 5",',
        ',"ename":"T1457017380512","tname":"中国台湾网"',
        '" \\"name\\": \\"每日经济新闻\\",',
    )
    joined = "\n".join(texts.values())
    for code in ("println", "getAbsoluteFile", "HotNews", "ename", "tname", "name"):
        assert code not in joined
    for words in ("断词前", "文件上传成功", "台北商圈", "中国台湾网", "每日经济新闻"):
        assert words in joined


def test_near_miss_english_and_names_in_prose_stay():
    for line in ("OpenAI released GPT-4o today.", "Node.js is fast", "Claude Code (Anthropic)", "Editor Misuzu",
                 "iPhone 15 Pro", "COVID-19 (SARS-CoV-2)"):
        assert not _is_source_line(line)
    texts = _texts("美国总统特朗普(Trump)表示，他用Node.js开发了“Portal”。")
    assert "Trump" in texts[0] and "Node.js" in texts[0]
