package org.mediationdesk.reports;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The summary's bar chart of cases received by type, drawn from the type sheet's rows. The series
 * carries its own solid fill: POI writes no theme, and without one LibreOffice draws bars with no fill
 * (axes and labels, but no bars).
 */
final class TypeChart {

    /** The bars' colour, #2E75B6; tests look for it in the rendered PDF. */
    static final byte[] FILL = {(byte) 0x2E, (byte) 0x75, (byte) 0xB6};

    private TypeChart() {
    }

    /**
     * @param on        the sheet to draw on, right of its table
     * @param source    the type sheet: labels in column A, received in column B
     * @param firstRow  first data row of the type sheet (0-based)
     * @param lastRow   last data row of the type sheet (0-based), the total row excluded
     * @param fromColumn the column the chart starts at
     */
    static void draw(XSSFSheet on, XSSFSheet source, int firstRow, int lastRow, int fromColumn) {
        var drawing = on.createDrawingPatriarch();
        var anchor = drawing.createAnchor(0, 0, 0, 0, fromColumn, 1, fromColumn + 9, 24);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("按类型受理 Received by type");
        chart.setTitleOverlay(false);
        var categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        var values = chart.createValueAxis(AxisPosition.LEFT);
        var data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        var series = data.addSeries(
                XDDFDataSourcesFactory.fromStringCellRange(source, new CellRangeAddress(firstRow, lastRow, 0, 0)),
                XDDFDataSourcesFactory.fromNumericCellRange(source, new CellRangeAddress(firstRow, lastRow, 1, 1)));
        series.setTitle("受理 Received", null);
        XDDFShapeProperties shape = series.getShapeProperties() != null ? series.getShapeProperties()
                : new XDDFShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(FILL)));
        series.setShapeProperties(shape);
        chart.plot(data);
    }
}
