# Generated from forms/marketing_classes.ui by crm_desktop.ui.build_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'marketing_classes.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QHBoxLayout, QLabel, QRadioButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_ClassSettingsDialog(object):
    def setupUi(self, ClassSettingsDialog):
        if not ClassSettingsDialog.objectName():
            ClassSettingsDialog.setObjectName(u"ClassSettingsDialog")
        ClassSettingsDialog.resize(470, 430)
        self.layout = QVBoxLayout(ClassSettingsDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.months_label = QLabel(ClassSettingsDialog)
        self.months_label.setObjectName(u"months_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.months_label)

        self.period_row = QHBoxLayout()
        self.period_row.setObjectName(u"period_row")
        self.last_months = QRadioButton(ClassSettingsDialog)
        self.last_months.setObjectName(u"last_months")
        self.last_months.setChecked(True)

        self.period_row.addWidget(self.last_months)

        self.months = QSpinBox(ClassSettingsDialog)
        self.months.setObjectName(u"months")
        self.months.setMinimum(1)
        self.months.setMaximum(120)
        self.months.setValue(12)

        self.period_row.addWidget(self.months)

        self.period_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.period_row.addItem(self.period_spacer)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.period_row)

        self.start_label = QLabel(ClassSettingsDialog)
        self.start_label.setObjectName(u"start_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.start_label)

        self.dates_row = QHBoxLayout()
        self.dates_row.setObjectName(u"dates_row")
        self.fixed_period = QRadioButton(ClassSettingsDialog)
        self.fixed_period.setObjectName(u"fixed_period")

        self.dates_row.addWidget(self.fixed_period)

        self.start = QDateEdit(ClassSettingsDialog)
        self.start.setObjectName(u"start")
        self.start.setCalendarPopup(True)

        self.dates_row.addWidget(self.start)

        self.to_label = QLabel(ClassSettingsDialog)
        self.to_label.setObjectName(u"to_label")

        self.dates_row.addWidget(self.to_label)

        self.end = QDateEdit(ClassSettingsDialog)
        self.end.setObjectName(u"end")
        self.end.setCalendarPopup(True)

        self.dates_row.addWidget(self.end)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.dates_row)

        self.currency_label = QLabel(ClassSettingsDialog)
        self.currency_label.setObjectName(u"currency_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.currency_label)

        self.currency = QComboBox(ClassSettingsDialog)
        self.currency.setObjectName(u"currency")
        self.currency.setEditable(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.currency)

        self.a_share_label = QLabel(ClassSettingsDialog)
        self.a_share_label.setObjectName(u"a_share_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.a_share_label)

        self.a_share = QDoubleSpinBox(ClassSettingsDialog)
        self.a_share.setObjectName(u"a_share")
        self.a_share.setDecimals(1)
        self.a_share.setMinimum(1.000000000000000)
        self.a_share.setMaximum(100.000000000000000)
        self.a_share.setValue(80.000000000000000)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.a_share)

        self.b_share_label = QLabel(ClassSettingsDialog)
        self.b_share_label.setObjectName(u"b_share_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.b_share_label)

        self.b_share = QDoubleSpinBox(ClassSettingsDialog)
        self.b_share.setObjectName(u"b_share")
        self.b_share.setDecimals(1)
        self.b_share.setMaximum(100.000000000000000)
        self.b_share.setValue(15.000000000000000)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.b_share)

        self.x_limit_label = QLabel(ClassSettingsDialog)
        self.x_limit_label.setObjectName(u"x_limit_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.x_limit_label)

        self.x_limit = QDoubleSpinBox(ClassSettingsDialog)
        self.x_limit.setObjectName(u"x_limit")
        self.x_limit.setDecimals(1)
        self.x_limit.setMaximum(1000.000000000000000)
        self.x_limit.setValue(10.000000000000000)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.x_limit)

        self.y_limit_label = QLabel(ClassSettingsDialog)
        self.y_limit_label.setObjectName(u"y_limit_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.y_limit_label)

        self.y_limit = QDoubleSpinBox(ClassSettingsDialog)
        self.y_limit.setObjectName(u"y_limit")
        self.y_limit.setDecimals(1)
        self.y_limit.setMaximum(1000.000000000000000)
        self.y_limit.setValue(25.000000000000000)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.y_limit)

        self.min_months_label = QLabel(ClassSettingsDialog)
        self.min_months_label.setObjectName(u"min_months_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.min_months_label)

        self.min_months = QSpinBox(ClassSettingsDialog)
        self.min_months.setObjectName(u"min_months")
        self.min_months.setMinimum(2)
        self.min_months.setMaximum(120)
        self.min_months.setValue(3)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.min_months)


        self.layout.addLayout(self.form)

        self.hint = QLabel(ClassSettingsDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottom_spacer)

        self.buttons = QDialogButtonBox(ClassSettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.months_label.setBuddy(self.months)
        self.currency_label.setBuddy(self.currency)
        self.a_share_label.setBuddy(self.a_share)
        self.b_share_label.setBuddy(self.b_share)
        self.x_limit_label.setBuddy(self.x_limit)
        self.y_limit_label.setBuddy(self.y_limit)
        self.min_months_label.setBuddy(self.min_months)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ClassSettingsDialog)

        QMetaObject.connectSlotsByName(ClassSettingsDialog)
    # setupUi

    def retranslateUi(self, ClassSettingsDialog):
        ClassSettingsDialog.setWindowTitle(QCoreApplication.translate("ClassSettingsDialog", u"ABC/XYZ thresholds", None))
        self.months_label.setText(QCoreApplication.translate("ClassSettingsDialog", u"&Period", None))
        self.last_months.setText(QCoreApplication.translate("ClassSettingsDialog", u"last", None))
        self.months.setSuffix(QCoreApplication.translate("ClassSettingsDialog", u" months", None))
        self.start_label.setText("")
        self.fixed_period.setText(QCoreApplication.translate("ClassSettingsDialog", u"from", None))
        self.to_label.setText(QCoreApplication.translate("ClassSettingsDialog", u"to", None))
        self.currency_label.setText(QCoreApplication.translate("ClassSettingsDialog", u"&Currency", None))
        self.a_share_label.setText(QCoreApplication.translate("ClassSettingsDialog", u"&A: first share of revenue", None))
        self.a_share.setSuffix(QCoreApplication.translate("ClassSettingsDialog", u" %", None))
        self.b_share_label.setText(QCoreApplication.translate("ClassSettingsDialog", u"&B: next share", None))
        self.b_share.setSuffix(QCoreApplication.translate("ClassSettingsDialog", u" %", None))
        self.x_limit_label.setText(QCoreApplication.translate("ClassSettingsDialog", u"&X: variation at most", None))
        self.x_limit.setSuffix(QCoreApplication.translate("ClassSettingsDialog", u" %", None))
        self.y_limit_label.setText(QCoreApplication.translate("ClassSettingsDialog", u"&Y: variation at most", None))
        self.y_limit.setSuffix(QCoreApplication.translate("ClassSettingsDialog", u" %", None))
        self.min_months_label.setText(QCoreApplication.translate("ClassSettingsDialog", u"&XYZ needs at least", None))
        self.min_months.setSuffix(QCoreApplication.translate("ClassSettingsDialog", u" months of history", None))
        self.hint.setText(QCoreApplication.translate("ClassSettingsDialog", u"The thresholds are shared by the whole office (they sync); the classes are computed on each computer from its deals.", None))
    # retranslateUi
