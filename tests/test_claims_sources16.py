"""Named sources, round 16, from a sweep of articles nobody had labelled (anoni-net/news: Traditional Chinese
explainers on privacy and security news; 三联生活周刊 through cysk003/Lazy13source.github.io). The expected sources
were written by hand from the articles before zhnews ran on them (/work/sweeps16/sources16/labels.txt); the swept
files are in tests/data/extra/ with their provenance in tests/data/SOURCES.tsv."""

from pathlib import Path

from zhnews import claims, load, text
from zhnews.claims import quantities

EXTRA = Path(__file__).parent / "data" / "extra"


def sources_by_sentence(name: str) -> dict[str, str]:
    """{sentence: its source} over a swept file, read as a run reads it (the loader's paragraphs and sentences)."""
    article = load.load_article(EXTRA / name)
    sentences = text.sentences_table(article.paragraphs)
    table = claims.claims_table(sentences, quantities.quantities_table(sentences, article.meta.get("publish_date")),
                                article.meta)
    return dict(zip(table["text"], table["source"]))


def source_of(got: dict[str, str], opening: str) -> str:
    return next(source for sentence, source in got.items() if opening in sentence)


def test_an_interviews_answers_under_a_label_on_a_line_of_its_own_are_the_interviewees():
    # 三联生活周刊 (11岁男孩骑行身亡案): **刘春城：** **道路的性质…** and **徐文海：** alone on a line, or glued to the
    # end of the answer before; jieba cuts 刘/zg 春城/n, but the introduction names 北京华鹏律师事务所刘春城律师
    got = sources_by_sentence("sweep16_sanlian_cycling_interview.md")
    assert source_of(got, "道路的性质，会影响检方以何罪名起诉被告") == "刘春城"
    assert source_of(got, "从法律上来说，道路还不是允许社会公众通行的道路") == "刘春城"
    assert source_of(got, "但是，我觉得这个定性也有值得商榷的部分") == "徐文海"  # not the reporter of the byline
    assert source_of(got, "我认为应当慎重考虑本案司机构成过失致人死亡罪") == "刘春城"
    assert source_of(got, "我认为肇事司机是否涉嫌犯罪是有待商榷的") == "徐文海"


def test_a_latin_name_announcing_or_writing_is_the_source():
    # anoni-net/news, 日本 2026 年 9 月起接連發生的網站入侵與個資外洩
    got = sources_by_sentence("sweep16_anoni_japan_breaches.md")
    assert source_of(got, "Metabase 8 月 6 日公告") == "Metabase"  # not 「BI 工具（」: the bracket glosses the name
    assert source_of(got, "VOISING 8 月 18 日起公告") == "日本的 VOISING"
    assert source_of(got, "Lawson 的公告寫到").endswith("Lawson")  # 超商/v Lawson: a description jieba reads as a verb
    assert "日本科技媒體 TECH+" in source_of(got, "依日本科技媒體 TECH+ 的整理").split("; ")  # (and 京王電鐵, who confirmed)
    assert source_of(got, "JPCERT/CC 的警示寫明") == "JPCERT/CC"


def test_yi_opens_a_source_as_ju_does():
    # anoni-net/news, 美國警方的車牌辨識與一起逮捕案: 依 X 的報導，…, 依 X 給 Y 的聲明，… (Taiwan usage of 依 for 據)
    got = sources_by_sentence("sweep16_anoni_flock_alpr.md")
    assert source_of(got, "依 Texas Tribune 的報導") == "Texas Tribune"
    assert source_of(got, "依 EFF 的整理") == "EFF"
    assert source_of(got, "依 Flock 給 Fox News 的聲明") == "Flock"  # not the outlet it was given to
    assert source_of(got, "佛羅里達州交通部 8 月 31 日發出備忘錄") == ""  # an act told, not words cited


def test_claiming_is_saying():
    # anoni-net/news, 英國最高法院的間諜軟體國家豁免判決: 巴林主張，…; 原告主張的是… (主張 before 的) is a noun
    got = sources_by_sentence("sweep16_anoni_uk_spyware.md")
    assert source_of(got, "巴林主張，造成傷害的是") == "巴林"
    assert source_of(got, "多數大法官則認為") == "多數大法官"


def test_a_dictionary_word_jieba_tags_as_a_name_is_not_what_he_stands_for():
    # 三联生活周刊 (大豆危机): 全国政协参政议政特聘/nr 专家…王宏广教授…。他在《…》一书中写道：“…” — 他 is 王宏广, not 特聘
    got = sources_by_sentence("sweep16_sanlian_soybean_wang.md")
    assert source_of(got, "一书中写道") == "王宏广"
