"""Named sources, post30c: the shapes fresh33's misses showed (scored once), cut small from the article, then made-up
variants of the same shape and near-misses that must not change."""

from test_claims_sources_mend29s import one


def test_and_said_after_a_clause_is_its_subjects():
    # fresh33 961: jieba reads 并称 ("jointly called") where the speaker's second clause says 并 + 称
    assert one("不过，乐天集团随后都予以否认和紧急澄清，并称“绝不放弃在华业务”") == "乐天集团"
    # made up: the words without quotes, an organisation jieba tags as a noun
    assert one("华为公司随后予以否认，并称将继续经营。") == "华为公司"


def test_jointly_called_stays_no_one_speaking():
    # near-misses (made up): 并称为 / 并称“…” name what two are called together
    assert one("李白与杜甫，并称为“李杜”。") == ""
    assert one("两人并称“双雄”。") == ""


def test_a_name_and_its_organisation_word_open_the_clause_before_the_verb():
    # made up, the shape of fresh33 961 with another verb: 乐天/nr 集团/n is one organisation
    assert one("乐天集团随后予以否认，并表示将继续经营。") == "乐天集团"
    # near-miss: a person who went to a company is still the person
    assert one("张伟随后回到公司，表示将继续经营。") == "张伟"
