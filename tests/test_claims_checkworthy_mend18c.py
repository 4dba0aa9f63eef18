"""Round 18 mend (fresh17's check-worthy misses, seen from this mend): an inquiry's finding told without its report
(经查, 经初步查明, 警方查出, 办案民警发现) is check-worthy, as the seen gold labels every such sentence (10 of 10 in fresh2,
fresh3, fresh5, fresh8, fresh10 … fresh13) and data/eval/CHECKWORTHY_CONVENTION.md reads a finding as a claim. The
sentences are quoted from the seen splits and fresh17 (data/eval/fresh17/SOURCES.tsv gives the provenance)."""
import pytest

from zhnews.claims import tag_sentence
from zhnews.text import to_simplified


@pytest.mark.parametrize("text", [
    "经初步查明，涉案“导游”为刘俊杰，系丽江森龙旅游社安排的导游王光志请来的助手。",  # fresh11 386
    "经查，犯罪嫌疑人任某军，系这一涉嫌黑社会性质组织犯罪团伙的组织头目，绰号“小四毛”。",  # fresh13 436
    "在公安机关前期调查中，办案民警发现，该团伙具有较十分明显的涉黑涉恶犯罪特点。",  # fresh13 436
    "保姆莫焕晶在火灾中逃出来，警方调查明确火灾为放火案，莫焕晶有重大作案嫌疑。",  # fresh5 178
    "警方查出，兇刀是吳嫌自己磨製，並帶往死者住處。",  # fresh17 552 (蘋果日報, 台中)
])
def test_an_inquirys_finding_is_checkworthy(text):
    assert tag_sentence(to_simplified(text)).checkworthy


def test_a_word_with_jing_cha_is_no_finding():
    # 神经 + 查: no 经查 (the finding cue needs 经 to stand alone)
    assert not tag_sentence("他的神经查不出毛病。").shape.reporter_finding
