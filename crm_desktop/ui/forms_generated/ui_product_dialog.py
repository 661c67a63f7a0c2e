# Generated from forms/product_dialog.ui by crm_desktop.ui.build_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'product_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ProductDialog(object):
    def setupUi(self, ProductDialog):
        if not ProductDialog.objectName():
            ProductDialog.setObjectName(u"ProductDialog")
        ProductDialog.resize(460, 420)
        self.layout = QVBoxLayout(ProductDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.name_label = QLabel(ProductDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(ProductDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(300)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.sku_label = QLabel(ProductDialog)
        self.sku_label.setObjectName(u"sku_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sku_label)

        self.sku = QLineEdit(ProductDialog)
        self.sku.setObjectName(u"sku")
        self.sku.setMaxLength(100)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sku)

        self.unit_label = QLabel(ProductDialog)
        self.unit_label.setObjectName(u"unit_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unit_label)

        self.unit = QComboBox(ProductDialog)
        self.unit.setObjectName(u"unit")
        self.unit.setEditable(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unit)

        self.price_label = QLabel(ProductDialog)
        self.price_label.setObjectName(u"price_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.price_label)

        self.price = QLineEdit(ProductDialog)
        self.price.setObjectName(u"price")
        self.price.setMaxLength(30)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.price)

        self.currency_label = QLabel(ProductDialog)
        self.currency_label.setObjectName(u"currency_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.currency_label)

        self.currency = QComboBox(ProductDialog)
        self.currency.setObjectName(u"currency")
        self.currency.setEditable(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.currency)

        self.vat_percent_label = QLabel(ProductDialog)
        self.vat_percent_label.setObjectName(u"vat_percent_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.vat_percent_label)

        self.vat_percent = QComboBox(ProductDialog)
        self.vat_percent.setObjectName(u"vat_percent")
        self.vat_percent.setEditable(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.vat_percent)

        self.description_label = QLabel(ProductDialog)
        self.description_label.setObjectName(u"description_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description = QPlainTextEdit(ProductDialog)
        self.description.setObjectName(u"description")
        self.description.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.description)

        self.is_active_label = QLabel(ProductDialog)
        self.is_active_label.setObjectName(u"is_active_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.is_active_label)

        self.is_active = QCheckBox(ProductDialog)
        self.is_active.setObjectName(u"is_active")
        self.is_active.setChecked(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.is_active)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(ProductDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.sku_label.setBuddy(self.sku)
        self.unit_label.setBuddy(self.unit)
        self.price_label.setBuddy(self.price)
        self.currency_label.setBuddy(self.currency)
        self.vat_percent_label.setBuddy(self.vat_percent)
        self.description_label.setBuddy(self.description)
        self.is_active_label.setBuddy(self.is_active)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProductDialog)

        QMetaObject.connectSlotsByName(ProductDialog)
    # setupUi

    def retranslateUi(self, ProductDialog):
        ProductDialog.setWindowTitle(QCoreApplication.translate("ProductDialog", u"Product", None))
        self.name_label.setText(QCoreApplication.translate("ProductDialog", u"&Name", None))
        self.name.setPlaceholderText(QCoreApplication.translate("ProductDialog", u"e.g. Office chair", None))
        self.sku_label.setText(QCoreApplication.translate("ProductDialog", u"&SKU", None))
        self.sku.setPlaceholderText(QCoreApplication.translate("ProductDialog", u"optional article code", None))
        self.unit_label.setText(QCoreApplication.translate("ProductDialog", u"&Unit", None))
        self.price_label.setText(QCoreApplication.translate("ProductDialog", u"&Price", None))
        self.price.setPlaceholderText(QCoreApplication.translate("ProductDialog", u"1 500,00", None))
        self.currency_label.setText(QCoreApplication.translate("ProductDialog", u"&Currency", None))
        self.vat_percent_label.setText(QCoreApplication.translate("ProductDialog", u"&VAT %", None))
        self.description_label.setText(QCoreApplication.translate("ProductDialog", u"&Description", None))
        self.is_active_label.setText(QCoreApplication.translate("ProductDialog", u"In the &catalogue", None))
        self.is_active.setText(QCoreApplication.translate("ProductDialog", u"offered in new deals (unchecked: archived)", None))
    # retranslateUi
