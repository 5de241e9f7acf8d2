package cn.quanze.cases.domain.calendar;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The statutory holidays of 全国年节及纪念日放假办法 (as revised in 2024, in force from 2025) for a year whose
 * official schedule is not yet published: 元旦 1.1; 春节 农历除夕 to 正月初三; 清明节; 劳动节 5.1-5.2; 端午节;
 * 中秋节; 国庆节 10.1-10.3. Lunar dates and the 清明 solar term come from lunar-java. 调休 cannot be predicted.
 */
public final class StatutoryHolidays {
    private StatutoryHolidays() {
    }

    public static List<CalendarDay> of(int year) {
        List<CalendarDay> days = new ArrayList<>();
        days.add(off(LocalDate.of(year, 1, 1), "元旦"));
        LocalDate springFestival = toLocal(Lunar.fromYmd(year, 1, 1).getSolar());
        for (int i = -1; i <= 2; i++) {
            days.add(off(springFestival.plusDays(i), "春节"));
        }
        Solar qingming = Solar.fromYmd(year, 4, 1).getLunar().getJieQiTable().get("清明");
        days.add(off(toLocal(qingming), "清明节"));
        days.add(off(LocalDate.of(year, 5, 1), "劳动节"));
        days.add(off(LocalDate.of(year, 5, 2), "劳动节"));
        days.add(off(toLocal(Lunar.fromYmd(year, 5, 5).getSolar()), "端午节"));
        days.add(off(toLocal(Lunar.fromYmd(year, 8, 15).getSolar()), "中秋节"));
        for (int d = 1; d <= 3; d++) {
            days.add(off(LocalDate.of(year, 10, d), "国庆节"));
        }
        return days;
    }

    private static CalendarDay off(LocalDate date, String name) {
        return new CalendarDay(date, DayKind.HOLIDAY, name);
    }

    private static LocalDate toLocal(Solar s) {
        return LocalDate.of(s.getYear(), s.getMonth(), s.getDay());
    }
}
