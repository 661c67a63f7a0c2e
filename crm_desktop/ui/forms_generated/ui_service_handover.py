# Generated from forms/service_handover.ui by crm_desktop.ui.build_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'service_handover.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ServiceHandoverDialog(object):
    def setupUi(self, ServiceHandoverDialog):
        if not ServiceHandoverDialog.objectName():
            ServiceHandoverDialog.setObjectName(u"ServiceHandoverDialog")
        ServiceHandoverDialog.resize(440, 300)
        self.layout = QVBoxLayout(ServiceHandoverDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(ServiceHandoverDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.person_label = QLabel(ServiceHandoverDialog)
        self.person_label.setObjectName(u"person_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.person_label)

        self.person = QComboBox(ServiceHandoverDialog)
        self.person.setObjectName(u"person")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.person)

        self.department_label = QLabel(ServiceHandoverDialog)
        self.department_label.setObjectName(u"department_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.department_label)

        self.department = QComboBox(ServiceHandoverDialog)
        self.department.setObjectName(u"department")
        self.department.setEditable(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.department)

        self.comment_label = QLabel(ServiceHandoverDialog)
        self.comment_label.setObjectName(u"comment_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.comment_label)

        self.comment = QPlainTextEdit(ServiceHandoverDialog)
        self.comment.setObjectName(u"comment")
        self.comment.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.comment)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(ServiceHandoverDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.person_label.setBuddy(self.person)
        self.department_label.setBuddy(self.department)
        self.comment_label.setBuddy(self.comment)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ServiceHandoverDialog)

        QMetaObject.connectSlotsByName(ServiceHandoverDialog)
    # setupUi

    def retranslateUi(self, ServiceHandoverDialog):
        ServiceHandoverDialog.setWindowTitle(QCoreApplication.translate("ServiceHandoverDialog", u"Hand over the request", None))
        self.intro.setText(QCoreApplication.translate("ServiceHandoverDialog", u"Hand the request to a person or to a department. The receiver gets a reminder in the planner.", None))
        self.person_label.setText(QCoreApplication.translate("ServiceHandoverDialog", u"&Person", None))
        self.department_label.setText(QCoreApplication.translate("ServiceHandoverDialog", u"&Department", None))
        self.comment_label.setText(QCoreApplication.translate("ServiceHandoverDialog", u"&Comment", None))
    # retranslateUi
