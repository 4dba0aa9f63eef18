"""Speed changes of round 25 that must change no answer: memos that forget what they should, a regex's guard,
word lists looked at between stages."""

import re
import sys

import pytest

from zhnews import lexicon, segment
from zhnews.claims import quantities
from zhnews.load.decode import decode, read_article_bytes
from zhnews.paths import ROOT

sys.path.insert(0, str(ROOT / "bench"))  # evalset: the splits, kept with the evaluations

HAN = re.compile(r"[\u4e00-\u9fff]")


def test_a_memo_per_dictionary_answers_again_when_the_run_words_change():
    asked = []

    @segment.memoised_per_dictionary
    def words(text):
        asked.append(text)
        return [word for word, _ in segment.cut_pos(text)]

    try:
        segment.set_run_words({})
        first = words("梁文峰昨天表示")
        first.append("changed by the caller")
        assert words("梁文峰昨天表示") == first[:-1]  # a new list each time, from the memo
        assert asked == ["梁文峰昨天表示"]
        segment.set_run_words({"梁文峰": "nr"})  # the next article's new words
        assert words("梁文峰昨天表示")[0] == "梁文峰"
        assert asked == ["梁文峰昨天表示"] * 2
    finally:
        segment.set_run_words({})


def test_find_quantities_from_its_memo_is_what_it_found():
    text = "人社部相关负责人2018年3月5日表示，全国共有3.2万家企业参加"
    found = quantities.find_quantities(text)
    assert quantities.find_quantities(text) == found
    assert quantities.find_quantities(text, lone_weekdays=False) == quantities.find_quantities(text, False)
    assert [q.kind for q in found] == ["date", "count"]


# One text for each of _CODE's shapes (from the comments beside them), some with the shape at the text's start or
# just after the character its look-behind wants; and near-misses that no shape takes.
CODES = [
    "CVE-2022-20427漏洞", "发行21某某MTN001", "300676.SZ，", "104-2321-B-002-006", "93#汽油", "93号汽油", "辰花路15号",
    "中華路1段53号", "8号风球", "由1号、2号、3号三个岛组成", "第135届", "常委会第五次会议", "市委八届二次全会",
    "十四届全国人大三次会议", "二十届中央纪委四次全会", "渝委发〔2018〕53号", "[2009]779号", "二期工程", "国道324",
    "邮编100000", "邮政编码：100000", "郵遞區號 106", "116路公交车", "“东大·鲲鹏1号”", "语义引擎3.0版", "睡前消息74期，",
    "20条和新十条", "新十条", "2024百想艺术大赏", "18线小城", "一线二线城市", "忠孝东路216巷", "第一，要稳；第二，要准",
    "“其一、", "较上一年", "上一季度", "2020年是极不寻常的一年。", "10月16日的ZH9247", "180度大转弯", "一百八十度转变",
    "1对1面试", "集团719所名誉所长", "2幢1单元1802室", "有三种选择：1)读书，2)旅行", "“70后”教师", "90后、00后",
]
NOT_CODES = ["GEE34.9％", "TOP 10榜单", "在Q3季度", "6月8号到10号登场", "全市288所小区", "7幢大厦", "年满60后", "增长15%",
             "共3000人", "届时将有十人", ""]


def test_the_start_guard_of_codes_changes_no_match_on_made_up_texts():
    shapes_alone = re.compile(quantities.constructions._CODE_SHAPES)
    for text in CODES + NOT_CODES:
        assert [m.span() for m in quantities.constructions._CODE.finditer(text)] == [m.span() for m in shapes_alone.finditer(text)], text
    assert [text for text in CODES if not quantities.constructions._CODE.search(text)] == []
    assert [text for text in NOT_CODES if quantities.constructions._CODE.search(text)] == []


def seen_lines() -> list[str]:
    """Every line with Chinese in it of every seen article's file (markup taken out), the held-out split left out."""
    import evalset  # bench/evalset.py: which articles are seen

    if evalset.shared_folder("corpus") is None:
        pytest.skip("../shared is absent: the seen articles are not on this machine")
    lines = []
    for file in evalset.files("seen"):
        path = evalset.article_path(file)
        if path is None or not path.exists():
            continue
        text, _ = decode(read_article_bytes(path), path)
        lines += [line for line in re.sub(r"<[^>]*>", "\n", text).splitlines() if HAN.search(line)]
    return lines


def test_the_start_guard_of_codes_changes_no_match_on_the_seen_articles():
    shapes_alone = re.compile(quantities.constructions._CODE_SHAPES)
    lines = seen_lines()
    assert len(lines) > 5_000  # corpus and dev_corpus alone give some 6,900 lines; every seen folder 40,000
    for line in lines:
        assert [m.span() for m in quantities.constructions._CODE.finditer(line)] == [m.span() for m in shapes_alone.finditer(line)], line


def test_word_lists_are_looked_at_again_after_a_stage_not_while_it_runs(tmp_path, monkeypatch):
    (tmp_path / "places.txt").write_text("甲\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "LEXICON", tmp_path)
    lexicon.refresh()

    @lexicon.cached
    def places():
        return lexicon.read_lines("places.txt")

    try:
        assert places() == ["甲"]
        with lexicon.held():
            (tmp_path / "places.txt").write_text("甲\n乙\n", encoding="utf-8")
            lexicon.refresh()
            assert places() == ["甲"]  # the stage goes on with the word lists it started with
        lexicon.refresh()
        assert places() == ["甲", "乙"]  # the next stage, or a notebook's next cell, reads the edit
    finally:
        monkeypatch.undo()
        lexicon.refresh()
