"""Sentiment stage: the lexicon and news-stance rules, the model, the fast SnowNLP path, the tables on real articles.

Real sentences below come from tune-split articles of ../shared (one from round 1's test split, seen since
round 1 landed, and marked so) and were labelled by hand from the text; the unseen ones are outside every
gold run, so the model never saw them. The fresh articles of this round are never used here.
"""

import shutil

import pandas as pd
import pytest
from conftest import assert_rerun_identical

from zhnews import io, vocab
from zhnews import sentiment
from zhnews.sentiment import evaluate as sentiment_eval, model as sentiment_model, polarity as lexicon, stance as sentiment_stance
from zhnews.viz import sentiment as sentiment_charts
from zhnews.stages import context


# --- The lexicon method on sentences written for the test ------------------------------------------


def test_negation_flips_a_word_in_its_clause():
    assert lexicon.score("这个项目非常成功。") > 0
    assert lexicon.score("这个项目并不成功。") < 0
    assert lexicon.score("这家公司没有任何风险。") > 0  # 没有 … 风险: the risk is denied


def test_negation_stops_at_the_clause_mark():
    # 没有 belongs to the first clause; 成功 in the second stays positive.
    hits = lexicon.hits("没有人想到，结果很成功。")
    success = [h for h in hits if h.word == "成功"]
    assert success and success[0].value > 0 and not success[0].negated


def test_degree_adverbs_scale_the_word():
    plain, strong, weak = (lexicon.score(t) for t in ("结果成功。", "结果非常成功。", "结果稍微成功。"))
    assert weak < plain < strong


def test_lowering_a_cost_is_good_and_raising_it_bad():
    for text in ("这能降低成本。", "极大降低了很多企业的研发成本。", "降低产业链风险。", "成本大幅降低。", "缓解压力。"):
        assert lexicon.score(text) > 0, text
    for text in ("这会增加负担。", "提高成本。", "亏损额增加。", "并没有降低成本。"):
        assert lexicon.score(text) < 0, text
    (hit,) = lexicon.hits("降低产业链风险")  # one hit: not 降低− and 风险− counted apart
    assert hit.word == "降低…风险" and hit.value > 0


def test_partial_negation_counts_once_and_weaker():
    partial = lexicon.hits("这个说法不完全准确。")
    assert [h.word for h in partial] == ["准确"] and partial[0].negated  # not also 不完全 as a word
    assert lexicon.score("这个说法不准确。") < lexicon.score("这个说法不完全准确。") < 0
    assert lexicon.score("数据不完全。") < 0  # with no word after it, 不完全 (incomplete) is negative


def test_the_issue_example_reads_negative():
    row = sentiment.score_text("这无疑为中国经济转型升级带来极大压力。")
    assert row["snownlp"] > 0.9  # what the issue complains about: SnowNLP calls it positive
    assert row["lexicon_score"] < 0 and row["score"] < 0 and row["label"] == "negative"
    assert "压力" in row["lexicon_hits"]


def test_only_short_quotes_are_scare_quotes():
    (hit,) = [h for h in lexicon.token_hits(sentiment.segment.cut("作为火锅界“顶流”的品牌")) if h.word == "顶流"]
    assert hit.quoted  # two characters alone in quotes: ironic
    slogan = lexicon.hits("举行“推动高质量发展”系列主题新闻发布会")
    assert not any(h.quoted for h in slogan) and any(h.word == "发展" for h in slogan)  # a slogan, not irony


def test_quoted_names_are_not_scare_quotes():
    # A naming word or another quotation beside the quotes makes it a name (49 数字乡村, the default
    # article, 38 绥德 from round 1's seen test split); the adverb 地 after “恰到好处” leaves it ironic.
    for text, word in [("这多亏了“雪亮乡村”建设，6个摄像头就让全村关键区域治安防控无盲点。", "雪亮"),
                       ("2023年5月，梁文峰成立了“深度求索”。", "求索"),
                       ("评委会评审通过的“岗位标兵”“新时代好青年”等六个类别", "标兵")]:
        (hit,) = [h for h in lexicon.token_hits(sentiment.segment.cut(text)) if h.word == word]
        assert not hit.quoted and hit.value > 0, text
    (irony,) = [h for h in lexicon.token_hits(sentiment.segment.cut("美国“恰到好处”地开始对中国高科技围堵"))
                if h.word == "恰到好处"]
    assert irony.quoted


# --- The news-stance rules on real sentences (tune articles, labels by hand) ----------------------------


def test_sarcasm_turns_praise_into_criticism():
    # 55 (column on 柯文哲): 支持, 进取 are praise words; 无非是 makes the sentence an accusation.
    found = sentiment_stance.stance("柯文哲拿一项错误资讯到处放送，无非是急着想透过支持核电进取蓝营选票。")
    assert lexicon.score("柯文哲拿一项错误资讯到处放送，无非是急着想透过支持核电进取蓝营选票。") > 0
    assert found.score < 0 and "无非是[反讽]−" in found.cues and "支持[反讽]−" in found.cues


def test_accusing_question_is_negative():
    found = sentiment_stance.stance("柯文哲不知道自民党干事长与参议院干事长不一样吗？")
    assert found.score < 0 and "反问？[反问]−" in found.cues


def test_criticism_frames_and_news_events_need_no_adjective():
    fraud = sentiment_stance.stance("有些项目开始出现偷工减料、虚假宣传、乱收费等违法违规行为。")
    assert fraud.score < 0 and "偷工减料[批评]−" in fraud.cues
    flights = sentiment_stance.stance("由于有超过三百班航班取消，大批旅客到场了解情况。")
    assert lexicon.score("由于有超过三百班航班取消，大批旅客到场了解情况。") == 0  # no sentiment word at all
    assert flights.score < 0 and "取消[事件]−" in flights.cues
    assert sentiment_stance.stance("当天没有发生事故。").score == 0  # a denied event is no event


def test_verdict_idioms_excess_and_market_events():
    # 43 (龙湖): the lexicon reads 不可推卸 as a negated negative word, praise; the idiom is a verdict of blame.
    blame = "对于上述违规安装行为，建设单位、监理单位、施工单位及总包方都负有不可推卸的责任。"
    assert "不·推卸+" in lexicon.describe(lexicon.hits(blame))
    found = sentiment_stance.stance(blame)
    assert "不可推卸[批评]−" in found.cues and found.score <= 0 < lexicon.score(blame)
    # 48 (editorial): 以…之名行…之实 says the stated reason is a pretext.
    pretext = sentiment_stance.stance("一些政客以“产能过剩”之名行贸易保护主义之实。")
    assert pretext.score < 0 and "之名行[反讽]−" in pretext.cues
    # 32 (海航, round 1's test split, now seen): a market rout reported flatly, no sentiment adjective.
    rout = sentiment_stance.stance("2018 年 2 月 1 日，股市频现 “闪崩”，两市逾 230 只股票跌停。")
    assert rout.score < 0 and {"闪崩[事件]−", "跌停[事件]−"} <= set(rout.cues)


def test_positive_needs_a_larger_lead_when_a_negative_cue_fired():
    probabilities = {"positive": 0.6, "neutral": 0.1, "negative": 0.3}  # lead 0.3: between the two margins
    assert sentiment.POSITIVE_MARGIN <= 0.3 < sentiment.CUED_POSITIVE_MARGIN
    assert sentiment.decide(probabilities) == "positive"
    assert sentiment.decide(probabilities, cued=True) == "neutral"  # never positive: neutral is the safe side
    assert sentiment.decide({"positive": 0.1, "neutral": 0.2, "negative": 0.7}, cued=True) == "negative"
    values = sentiment.rule_scores(["公司作为开发商具有不可推卸的责任。", "公司作为开发商具有丰富的经验。"])["features"]
    assert [sentiment.negative_cued(v) for v in values] == [True, False]


def test_the_clause_after_but_dominates():
    # 虽然…但是: the conceded praise weighs less than the difficulty after 但是 (04, pork prices).
    text = "虽然那时的价格低得令人向往，但是想真的吃到肉可不那么容易。"
    found = sentiment_stance.stance(text)
    assert "但是→" in found.cues and found.score < lexicon.score(text)
    assert sentiment.score_text(text)["label"] == "negative"


def test_hedges_weaken_the_evidence():
    plain, hedged = (sentiment_stance.stance(t).score for t in ("公司宣布裁员。", "公司可能裁员。"))
    assert hedged < 0 and abs(hedged) < abs(plain)


# Real sentences of tune articles that are in no gold run (so the model never trained on them), labelled by
# hand before scoring: 55 column on 柯文哲, 43 龙湖 quality, 48 overcapacity editorial, 34 black-swan
# investors, 30 virus sequencing.
UNSEEN = [
    ("「柯氏语录」既无具体步骤也缺政策可行性，其实是一碗又一碗心灵鸡汤。", "negative"),
    ("柯文哲拿一项错误资讯到处放送，无非是急着想透过支持核电进取蓝营选票。", "negative"),
    ("只要耐心地对照柯文哲的前言后语，当知道他是一个没有中心思想，随时可以出卖自己价值的政客。", "negative"),
    ("这些话乍听之下莫测高深，但其实只是一碗碗心灵鸡汤。", "negative"),
    ("有些项目开始出现偷工减料、虚假宣传、乱收费等违法违规行为，这也给行业带来了负面影响。", "negative"),
    ("三年来，龙湖土地储备平均成本的增幅仅约为29.2%，但其在此三年间的营业成本和营业支出增幅却分别高达100.5%和149%。", "negative"),
    ("此后龙湖延续了这股增长势头，于2017年完成了千亿目标，并在2018年加入2000亿阵营，跻身十强。", "positive"),
    ("比如，通过技术创新，我国光伏行业有效解决了成本高和并网难两大难题。", "positive"),
    ("同时，中国庞大的市场规模为新能源技术快速更新提供了充足空间，规模效应不仅降低了成本，也加快了新技术新产品落地推广。", "positive"),
    ("27 岁的塔勒布以 2 美元或 3 美元购买的合约售价飙升至 300 美元、400 美元、500 美元，实现了财务自由。", "positive"),
    ("12月30日下午，样本由武汉市疾控中心一位主任医师取走。", "neutral"),
    ("他在法国巴黎大学学习数学和经济学后，移居美国，进入宾夕法尼亚大学沃顿商学院读 MBA，后又去巴黎第九大学念了数学博士。", "neutral"),
    ("国际能源署的报告显示，到2030年，全球新能源汽车需求量将达4500万辆，是2023年的3倍多。", "neutral"),
    ("中国从2013年实行大范围新能源汽车补贴政策，随着市场规模的扩大，该政策已于2023年正式退出。", "neutral"),
    ("1月2日，武汉市疾控中心另一位研究人员将样本用干冰、铁盒和泡沫箱重重包裹，和其他动物标本一起，经铁路快运送往上海。", "neutral"),
    ("五名患者中，除上述65岁患者样本，还有三位患者的样本采集时间为2019年12月30日。", "neutral"),
]


def test_unseen_real_sentences():
    labels = [sentiment.score_text(text)["label"] for text, _ in UNSEEN]
    truth = [label for _, label in UNSEEN]
    criticised = [label for label, gold in zip(labels, truth) if gold == "negative"]
    assert "positive" not in criticised  # criticism is never read as praise
    assert sum(a == b for a, b in zip(labels, truth)) >= 11  # the issue's goal on unseen text: ≥ 0.60 or so
    assert sentiment_eval.macro_f1(truth, labels) >= 0.6


# --- The model file ------------------------------------------------------------------------------------


def test_model_file_is_small_and_says_how_it_was_made():
    assert sentiment_model.MODEL_PATH.stat().st_size < 2_000_000
    info = sentiment_model.shipped().info
    gold = sentiment_eval.read_gold("all")
    # Trained on all the current gold (tune + seen test): retrain with bench/train_sentiment.py after editing it.
    assert info["data_sha256"] == sentiment_model.data_hash(gold["text_zhs"], gold["label"])
    assert info["sentences"] == len(gold) and info["sklearn"] and set(info["bands"]) >= {"score", "stance_score"}


def test_training_is_deterministic():
    texts = [text for text, _ in UNSEEN]
    values = list(sentiment.rule_scores(texts)["features"])
    labels = [label for _, label in UNSEEN]
    first, second = (sentiment_model.train(values, labels).to_json() for _ in range(2))
    assert first == second


def test_gold_splits_never_mix():
    tune, test = sentiment_eval.read_gold("tune"), sentiment_eval.read_gold("test")
    splits = sentiment_eval.read_split()
    assert {splits[s] for s in tune["source"]} == {"tune"} and {splits[s] for s in test["source"]} == {"test"}
    assert not set(tune["text"]) & set(test["text"])
    assert len(tune) >= 600 and set(tune["label"]) == set(sentiment.LABELS)
    every = sentiment_eval.read_gold("all")
    assert len(every) == len(tune) + len(test) and set(every["split"]) == {"tune", "test"}


# --- Paragraphs keep the minority voice ------------------------------------------------------------------


def test_strong_praise_and_criticism_make_a_mixed_paragraph():
    # Two sentences of the default article, labelled by hand: praise of DeepSeek, pressure on the economy.
    # Scored one by one (no context from each other), then put in one paragraph.
    texts = ["按照全球主流机构的测评，DeepSeek在很多方面的表现和chatGPT的表现不相上下，在中文领域，DeepSeek的表现甚至更胜一筹。",
             "但是，在中国经济最需要靠高科技突围之际，美国“恰到好处”地开始对中国高科技围堵，实施以芯片为代表的出口管制，"
             "这无疑为中国经济转型升级带来极大压力。"]
    table = pd.DataFrame([sentiment.score_text(t) for t in texts]).assign(
        para_id=[1, 1], role="body", n_chars=[len(t) for t in texts])
    assert list(table["label"]) == ["positive", "negative"]
    paragraph = sentiment.paragraph_sentiment(table).iloc[0]
    assert paragraph["label"] == "mixed" and paragraph["n_positive"] == 1 and paragraph["n_negative"] == 1
    alone = sentiment.paragraph_sentiment(table.iloc[[0]].assign(para_id=2)).iloc[0]
    assert alone["label"] == "positive"


@pytest.mark.parametrize("text", ["", "   ", "。。！", "……", "——", "123", "![](x.png)"])
def test_empty_and_punctuation_never_crash(text):
    table = sentiment.score_texts([text])
    assert table.loc[0, "lexicon_score"] == 0 and table.loc[0, "label"] == "neutral"
    assert 0 <= table.loc[0, "snownlp"] <= 1


# --- Fast SnowNLP --------------------------------------------------------------------------------------


def test_fast_snownlp_uses_snownlps_own_classifier():
    from snownlp.sentiment import Sentiment, classifier

    tokens = sentiment.snownlp_tokens("这家餐厅的服务非常好，菜也好吃。")
    assert tokens and all(t not in ("，", "。") for t in tokens)  # SnowNLP's stopword filter ran
    # Sentiment.classify with our tokens in place of its segmenter gives the same probability.
    ours = Sentiment.__new__(Sentiment)
    ours.classifier = classifier.classifier
    ours.handle = lambda _doc: tokens
    assert sentiment.snownlp_probability(tokens) == pytest.approx(ours.classify("ignored"))


def test_fast_snownlp_ranks_like_the_original(seed_out):
    texts = io.read_table(seed_out, "sentences").query("role == 'body'")["text_zhs"].tolist()
    assert sentiment.snownlp_agreement(texts) > 0.7


def test_snownlp_score_does_not_saturate_with_length():
    sentence = "这家公司的产品质量很好，用户很满意。"
    short, long = (sentiment.score_text(t) for t in (sentence, sentence * 10))
    # The probability climbs towards 1 just because the same words repeat (the issue's complaint) ...
    assert long["snownlp"] > 0.95 and long["snownlp"] - short["snownlp"] > 0.2
    # ... while the per-token score stays where it was.
    assert long["snownlp_score"] == pytest.approx(short["snownlp_score"], abs=0.01)


# --- The stage on the default article ----------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_run(seed_out, tmp_path_factory):
    out = tmp_path_factory.mktemp("sentiment_seed")
    shutil.copytree(seed_out, out, dirs_exist_ok=True)
    tables = sentiment.run(context(out))
    return out, tables


def test_every_body_paragraph_is_scored(seed_run):
    out, tables = seed_run
    paragraphs = io.read_table(out, "paragraphs")
    body = set(paragraphs.loc[paragraphs["role"] == "body", "para_id"])
    assert body and body <= set(tables["sentiment_paragraphs"]["para_id"])
    # Only codes of the vocabulary: sentences take the three labels, paragraphs may also be mixed.
    assert set(sentiment.PARAGRAPH_LABELS) == set(vocab.SENTIMENT_LABELS)
    assert set(tables["sentiment"]["label"]) <= set(sentiment.LABELS)
    assert set(tables["sentiment_paragraphs"]["label"]) <= set(sentiment.PARAGRAPH_LABELS)


def test_scores_are_not_extreme_and_paragraphs_spread(seed_run):
    _, tables = seed_run
    scores = tables["sentiment"]["score"]
    assert scores.between(-1, 1).all()
    assert (scores.abs() > 0.98).mean() <= 0.2
    paragraphs = tables["sentiment_paragraphs"]
    # The article praises DeepSeek and describes the pressure of the US chip controls: both must show.
    assert {"positive", "negative"} <= set(paragraphs["label"])
    assert paragraphs["score"].std() > 0.1


def test_sentence_labels_on_the_seed(seed_run):
    _, tables = seed_run
    by_text = tables["sentiment"].set_index("text")
    negative = next(t for t in by_text.index if "这无疑为中国经济转型升级带来极大压力" in t)
    positive = next(t for t in by_text.index if "DeepSeek的成功，让人们看到了这种可能性" in t)
    assert by_text.loc[negative, "label"] == "negative"
    assert by_text.loc[positive, "label"] == "positive"


def test_paragraph_score_is_the_length_weighted_mean(seed_run):
    _, tables = seed_run
    sentences, paragraphs = tables["sentiment"], tables["sentiment_paragraphs"]
    para = paragraphs.sort_values("n_sentences", kind="stable").iloc[-1]
    part = sentences[sentences["para_id"] == para["para_id"]]
    expected = (part["score"] * part["n_chars"]).sum() / part["n_chars"].sum()
    assert para["score"] == pytest.approx(expected)
    assert para["n_sentences"] == len(part)


def test_entity_sentiment_counts_mentions(seed_run, tmp_path):
    out, _ = seed_run
    shutil.copytree(out, tmp_path, dirs_exist_ok=True)
    entities = pd.DataFrame({"entity": ["DeepSeek", "英伟达", "华为"], "type": ["org"] * 3, "count": [30, 8, 1]})
    io.write_table(entities, tmp_path, "entities")
    table = sentiment.run(context(tmp_path))["entity_sentiment"].set_index("entity")
    # 英伟达 appears in five body sentences of the seed (赢家, 狂涨10倍, 性能相对较低的芯片, 暴跌17%, 采购芯片).
    assert table.loc["英伟达", "n_sentences"] == 5
    for name, row in table.iterrows():
        assert row["min"] <= row["mean"] <= row["max"]
        assert row["n_positive"] + row["n_neutral"] + row["n_negative"] == row["n_sentences"]


def test_rerun_gives_identical_csvs(seed_run, tmp_path):
    out, _ = seed_run
    assert_rerun_identical(sentiment, out, tmp_path, ("sentiment", "sentiment_paragraphs", "entity_sentiment"))


def test_charts_are_figures(seed_run):
    import matplotlib.pyplot as plt

    _, tables = seed_run
    for fig in (sentiment_charts.arc_chart(tables["sentiment_paragraphs"]), sentiment_charts.method_scatter(tables["sentiment"])):
        assert fig.axes[0].get_title()
        plt.close(fig)
    table = sentiment.extremes(tables["sentiment"])
    assert len(table) == 6 and table["score"].iloc[0] >= table["score"].iloc[3]


# --- Corpus ---------------------------------------------------------------------------------------------


def test_corpus_gbk_article(corpus_dir, tmp_path):
    from zhnews import load

    load.run(context(tmp_path, corpus_dir / "22_fudan_shenzhen_stats_1998_gbk.txt"))
    tables = sentiment.run(context(tmp_path))
    paragraphs = io.read_table(tmp_path, "paragraphs")
    body = set(paragraphs.loc[paragraphs["role"] == "body", "para_id"])
    assert body <= set(tables["sentiment_paragraphs"]["para_id"])
    assert (tables["sentiment"]["score"].abs() > 0.98).mean() <= 0.2


def test_an_edited_sentiment_word_list_takes_effect_on_a_sentence_read_before(tmp_path, monkeypatch):
    # The lexicon pass remembers the hits of recent sentences and the stance rules index their phrase
    # lists; an edited word list must reach both at once, not after the memo happens to be emptied.
    from zhnews import lexicon as word_lists

    words = tmp_path / "lexicon"
    shutil.copytree(word_lists.LEXICON, words)
    monkeypatch.setattr(word_lists, "LEXICON", words)
    word_lists.refresh()
    sentence = "公司今天发布了新模型。"
    assert lexicon.hits(sentence) == []
    assert sentiment_stance.stance(sentence).cues == []
    with open(words / "sentiment_words.tsv", "a", encoding="utf-8") as polarity_words:
        polarity_words.write("发布\t1\ttest\n")
    with open(words / "sentiment_hedges.txt", "a", encoding="utf-8") as hedge_words:
        hedge_words.write("今天发布\n")
    word_lists.refresh()
    assert [(h.word, h.value) for h in lexicon.hits(sentence)] == [("发布", 1.0)]
    assert sentiment_stance.stance(sentence).cues == ["今天发布[存疑]×0.6"]
    monkeypatch.undo()
    word_lists.refresh()
