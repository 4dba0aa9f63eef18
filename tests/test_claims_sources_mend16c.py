"""Round 16 mend (fresh15's named sources, seen from this mend): a news outlet that opens a paragraph with a say verb
goes on being the source of that paragraph (data/eval/SOURCES_CONVENTION.md (d): a person *or body* said it), and a
bare 報導 / 报道 that opens a later sentence (報導稱, 報導並稱) is the report cited before it. The paragraphs are
quoted from fresh15 502_md_zhongyangshe_cna_tsinghua_unigroup_bankruptcy (data/eval/fresh15/SOURCES.tsv gives its
provenance); each expected source was read off the article by hand (the gold agrees). And 经济学家 alone (fresh15
501) is an unnamed source, like 分析师."""

from article_sources import source_of, sources_in_text
from zhnews import claims

ARTICLE = """紫光集團遭申請破產重整

陸媒財新網指出，主因是此前過度併購，加上債務槓桿過高所致。因半導體產業投資回報週期長，一旦獲利難以支應公司資金需求，便只能依靠發債度日，長此形成惡性循環，因而出現無力償債的窘境。

不過紫光集團正試圖從債務危機中脫困，且旗下公司仍在賺錢。

官媒北京日報App報導指出，紫光集團旗下兩家上市公司紫光國微和紫光股份，2020年營收利潤均取得較大成長，今年第一季，紫光股份營收利潤成長30%以上，紫光國微營收成長近50%，利潤成長70%以上。集團其他主要企業也都呈現穩中向好的局面。

報導稱，紫光集團在專門工作團隊指導下，為化解債務風險與多家投資人進行了接洽，由於紫光集團核心資產在晶片、雲網等產業領域處於國內優勢地位，投資人參與意向濃厚。

報導並稱，由於紫光集團債務規模大，境內外債權人多，為有效保障各方權益，加快促成不同債權人訴求達成一致，「適時啟動司法重整是一種專業選擇」。
"""


def sources(tmp_path) -> dict[str, str]:
    return sources_in_text(tmp_path, ARTICLE, "2021-07-09", "unigroup.txt")


def test_an_outlet_opening_its_paragraph_goes_on_through_it(tmp_path):
    got = sources(tmp_path)
    assert source_of(got, "因半導體產業") == "陸媒財新網"
    assert source_of(got, "集團其他主要企業") == "官媒北京日報App"
    assert source_of(got, "不過紫光集團") == ""  # a new paragraph of the writer's own stops it


def test_a_bare_report_word_is_the_report_cited_before(tmp_path):
    got = sources(tmp_path)
    assert source_of(got, "報導稱") == "官媒北京日報App"
    assert source_of(got, "報導並稱") == "官媒北京日報App"


def test_economists_unnamed_are_recorded_as_unnamed():
    # fresh15 501_md_ftchinese_neist_rmb_devaluation: 经济学家表示 names no one (the gold: (unnamed))
    sentence = "经济学家表示，中国当局决定允许人民币「破 7」主要是出于政治考量，但他们也会担心国内经济受到人民币贬值的影响。"
    assert claims.tag_sentence(sentence).source == "(unnamed: 经济学家)"
