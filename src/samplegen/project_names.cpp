#include "samplegen/project_names.hpp"

#include <string_view>
#include <vector>

namespace wm::samplegen {
namespace {

const std::vector<std::string>& stems() {
  static const std::vector<std::string> pool = {
      "建设", "人民", "和平", "迎宾", "文化", "东风", "光明", "新华", "朝阳", "环城", "桃林", "荷花", "湖滨",
      "滨河", "学府", "兴业", "友谊", "振兴", "龙湾", "金桂", "银杏", "樟树", "松柏", "梅溪", "竹园", "凤凰",
      "白沙", "清溪", "长湖", "双桥", "高岭", "石门", "花园", "幸福", "育才", "向阳", "工业", "商贸", "体育",
      "丰收", "永安", "康宁", "福星", "景秀", "云山", "望湖", "青松", "柳堤", "紫荆", "芙蓉", "桂花", "北辰",
      "东湖", "西岭", "太平", "中兴", "长安", "瑞丰", "金湾", "秀水", "杨林", "大屋", "新塘", "荷塘", "石桥",
      "枫树", "南岭", "洪山", "鹿鸣", "五里", "十里", "栗山", "月湖", "茶园", "桑田", "柏树"};
  return pool;
}

const std::vector<std::string>& roadActions() {
  static const std::vector<std::string> pool = {"提质改造",     "新建工程", "拓宽改造",     "白改黑工程", "人行道改造",
                                                "路面硬化工程", "延伸工程", "管线入地改造", "提质改造",   "新建工程"};
  return pool;
}

std::string streetName(Random& random) {
  static const std::vector<std::string> suffixes = {"路", "路", "路", "街", "大道"};
  std::string name = random.pick(stems());
  name += random.pick(suffixes);
  return name;
}

// The town (no prefix) has communities, not villages.
std::string townForm(const std::string& form, const std::string& prefix, const char* instead) {
  return prefix.empty() && form.find("村") != std::string::npos ? std::string(instead) : form;
}

}  // namespace

std::string NameBook::claim(const std::string& name) {
  static const char* const phases[] = {"二期", "三期", "四期", "五期", "六期", "七期", "八期", "九期"};
  if (_used.insert(name).second) return name;
  for (const char* phase : phases) {
    std::string candidate = name + phase;
    if (_used.insert(candidate).second) return candidate;
  }
  for (int n = 10;; ++n) {
    std::string candidate = name + "（" + std::to_string(n) + "期）";
    if (_used.insert(candidate).second) return candidate;
  }
}

std::string roadProjectName(Random& random, const std::string& prefix, const std::string& street) {
  std::string name = prefix;
  name += street.empty() ? streetName(random) : street;
  name += random.pick(roadActions());
  return name;
}

std::string parkProjectName(Random& random, const std::string& prefix) {
  static const std::vector<std::string> forms = {"社区游园", "广场游园", "路口袋公园",  "小区游园",
                                                 "村游园",   "游园",     "街头绿地游园"};
  std::string name = prefix + random.pick(stems());
  name += townForm(random.pick(forms), prefix, "社区游园");
  return name;
}

std::string parkingProjectName(Random& random, const std::string& prefix, bool multiStorey) {
  static const std::vector<std::string> surface = {"停车场",     "小学停车场",   "市场停车场", "公园停车场",
                                                   "社区停车场", "路公共停车场", "医院停车场"};
  static const std::vector<std::string> storeys = {"医院立体停车场", "立体停车场", "商业中心立体停车场",
                                                   "学校立体停车场"};
  std::string name = prefix + random.pick(stems());
  name += multiStorey ? random.pick(storeys) : random.pick(surface);
  return name;
}

std::string sewerProjectName(Random& random, const std::string& prefix, const std::string& street) {
  static const std::vector<std::string> areaForms = {"片区污水管网", "片区雨污分流改造", "村污水收集管网",
                                                     "片区污水管网改造"};
  static const std::vector<std::string> streetForms = {"污水管网改造", "雨污分流改造", "污水管网新建工程",
                                                       "截污干管工程"};
  if (!street.empty()) return prefix + street + random.pick(streetForms);
  std::string name = prefix + random.pick(stems());
  name += townForm(random.pick(areaForms), prefix, "片区污水管网");
  return name;
}

}  // namespace wm::samplegen
