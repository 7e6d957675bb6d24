package org.nianbao.cli;

import org.nianbao.search.FacetValue;
import org.nianbao.search.SearchRequest;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --year}: a year, or 未识别 for the reports whose year was not recognised. */
final class YearConverter implements ITypeConverter<Integer> {
  @Override
  public Integer convert(String value) {
    String v = value.strip();
    if (FacetValue.UNKNOWN.equals(v)) {
      return SearchRequest.UNKNOWN_YEAR;
    }
    try {
      return Integer.valueOf(v);
    } catch (NumberFormatException e) {
      throw new TypeConversionException("年度必须是整数：" + value + "（或“未识别”）");
    }
  }
}
